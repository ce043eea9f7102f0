package org.trialfinder.api.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StudyStore;

/**
 * {@code /stats/size}, {@code /stats/field/values} and {@code /stats/field/sizes}, in
 * ClinicalTrials.gov's shapes. Sizes come from the backend's {@link StoreStatistics} (doc values
 * written at indexing, never the stored records); field values come from one pass over the stored
 * records per data version, for every field at once ({@link ValueStatsPerVersion}). Each answer is
 * kept until the data changes (the data timestamp), so repeated calls are free.
 */
public final class StatsApi {
    /** The most frequent sizes listed for a list field. */
    private static final int TOP_SIZES = 25;

    private static final long[] RANGE_BOUNDS_KB = {0, 10, 25, 50, 100, 250, 500, 1000};

    private final StudyStore store;
    private final StoreStatistics statistics;
    private final FieldCatalog catalog = FieldCatalog.standard();
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final ValueStatsPerVersion valueStats;

    /** Statistics over {@code store} read from the stored records alone (for a backend without figures). */
    public StatsApi(StudyStore store) {
        this(store, new ScannedStatistics(store));
    }

    public StatsApi(StudyStore store, StoreStatistics statistics) {
        this.store = store;
        this.statistics = statistics;
        this.valueStats = new ValueStatsPerVersion(store, catalog.leaves(), StatsApi::statsType);
    }

    private String version() {
        return store.metadata().get(StoreMetadata.DATA_TIMESTAMP).orElse("") + "/" + store.count();
    }

    private byte[] cached(String key, Supplier<? extends JsonNode> compute) {
        String k = version() + "|" + key;
        byte[] hit = cache.get(k);
        if (hit == null) {
            if (cache.size() > 64) {
                cache.clear();
            }
            hit = compute.get().toString().getBytes(StandardCharsets.UTF_8);
            cache.put(k, hit);
        }
        return hit;
    }

    public ApiResponse size(Map<String, List<String>> params) {
        params.keySet().forEach(p -> {
            throw new BadRequestException("`" + p + "` is unknown parameter");
        });
        return ApiResponse.json(cached("size", this::sizeJson));
    }

    private ObjectNode sizeJson() {
        List<long[]> sizes = new ArrayList<>(); // {size, index}
        List<String> ids = new ArrayList<>();
        statistics.forEachRecordSize((id, size) -> {
            sizes.add(new long[] {size, ids.size()});
            ids.add(id);
        });
        ObjectNode o = mapper.createObjectNode();
        o.put("totalStudies", sizes.size());
        long total = sizes.stream().mapToLong(x -> x[0]).sum();
        o.put("averageSizeBytes", sizes.isEmpty() ? 0 : total / sizes.size());
        long[] sorted = sizes.stream().mapToLong(x -> x[0]).sorted().toArray();
        ObjectNode pct = o.putObject("percentiles");
        for (int p : new int[] {5, 10, 25, 50, 75, 90, 95, 99}) {
            pct.put(
                    Integer.toString(p),
                    sorted.length == 0
                            ? 0
                            : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)]);
        }
        ArrayNode ranges = o.putArray("ranges");
        for (int i = 0; i < RANGE_BOUNDS_KB.length; i++) {
            long lo = RANGE_BOUNDS_KB[i] * 1024;
            long hi = i + 1 < RANGE_BOUNDS_KB.length ? RANGE_BOUNDS_KB[i + 1] * 1024 : Long.MAX_VALUE;
            long count = Arrays.stream(sorted).filter(x -> x >= lo && x < hi).count();
            ranges.addObject()
                    .put(
                            "sizeRange",
                            RANGE_BOUNDS_KB[i] + (hi == Long.MAX_VALUE ? "KB+" : "-" + RANGE_BOUNDS_KB[i + 1] + "KB"))
                    .put("studiesCount", count);
        }
        ArrayNode largest = o.putArray("largestStudies");
        sizes.stream()
                .sorted(Comparator.comparingLong((long[] x) -> -x[0]))
                .limit(10)
                .forEach(x -> largest.addObject().put("id", ids.get((int) x[1])).put("sizeBytes", x[0]));
        return o;
    }

    public ApiResponse fieldValues(Map<String, List<String>> params) {
        List<FieldDef> fields = fields(params, true);
        return ApiResponse.json(
                cached("values|" + fields.stream().map(FieldDef::piece).toList(), () -> valuesJson(fields)));
    }

    public ApiResponse fieldSizes(Map<String, List<String>> params) {
        List<FieldDef> fields = fields(params, false);
        return ApiResponse.json(
                cached("sizes|" + fields.stream().map(FieldDef::piece).toList(), () -> sizesJson(fields)));
    }

    /** The requested leaf fields (by piece or path), filtered by {@code types}; all of them when none are named. */
    private List<FieldDef> fields(Map<String, List<String>> params, boolean values) {
        for (String p : params.keySet()) {
            if (!p.equals("fields") && !(values && p.equals("types"))) {
                throw new BadRequestException("`" + p + "` is unknown parameter");
            }
        }
        List<String> names = split(params.get("fields"));
        List<String> types = split(params.get("types")).stream()
                .map(t -> t.toUpperCase(Locale.ROOT))
                .toList();
        for (String t : types) {
            if (!List.of("ENUM", "STRING", "DATE", "INTEGER", "NUMBER", "BOOLEAN")
                    .contains(t)) {
                throw new BadRequestException(
                        "types: \"" + t + "\" is not one of ENUM, STRING, DATE, INTEGER, NUMBER, BOOLEAN");
            }
        }
        List<FieldDef> out = new ArrayList<>();
        if (names.isEmpty()) {
            catalog.leaves().stream()
                    .filter(f -> values || f.isRepeated())
                    .filter(f -> f.type() != FieldType.GEO_POINT)
                    .forEach(out::add);
        } else {
            for (String n : names) {
                FieldDef f = catalog.resolve(n)
                        .orElseThrow(() -> new BadRequestException(
                                "fields: \"" + n + "\" is not a field piece or path" + suggest(n)));
                if (values && !f.isLeaf()) {
                    throw new BadRequestException(
                            "fields: \"" + n + "\" is a structure, not a leaf field; name its fields");
                }
                if (!values && !f.isRepeated()) {
                    throw new BadRequestException("fields: \"" + n + "\" is not a list field");
                }
                out.add(f);
            }
        }
        if (!types.isEmpty()) {
            out.removeIf(f -> !types.contains(statsType(f)));
        }
        return out;
    }

    private String suggest(String n) {
        List<String> s = catalog.suggestions(n, 3);
        return s.isEmpty() ? "" : " (did you mean " + String.join(", ", s) + "?)";
    }

    /** ClinicalTrials.gov's {@code FieldStatsType} of a field: ages and other texts are strings. */
    private static String statsType(FieldDef f) {
        return switch (f.type()) {
            case ENUM -> "ENUM";
            case DATE -> "DATE";
            case INTEGER -> "INTEGER";
            case NUMBER -> "NUMBER";
            case BOOLEAN -> "BOOLEAN";
            default -> "STRING";
        };
    }

    private static List<String> split(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(values.get(0).split("[,|]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** ClinicalTrials.gov's {@code FieldValuesStatsList}: a bare array, one item per field in its type's shape. */
    private ArrayNode valuesJson(List<FieldDef> fields) {
        Map<String, JsonNode> all = valueStats.of(version());
        ArrayNode arr = mapper.createArrayNode();
        fields.forEach(f -> arr.add(all.get(f.piece())));
        return arr;
    }

    /** ClinicalTrials.gov's {@code ListSizesList}: a bare array, one {@code ListSizes} per list field. */
    private ArrayNode sizesJson(List<FieldDef> fields) {
        List<Map<Integer, Long>> counts = statistics.listSizes(fields);
        ArrayNode arr = mapper.createArrayNode();
        for (int i = 0; i < fields.size(); i++) {
            FieldDef f = fields.get(i);
            Map<Integer, Long> c = counts.get(i);
            ObjectNode x = arr.addObject();
            x.put("field", f.dottedPath());
            x.put("piece", f.piece());
            x.put(
                    "minSize",
                    c.keySet().stream().mapToInt(Integer::intValue).min().orElse(0));
            x.put(
                    "maxSize",
                    c.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
            x.put("uniqueSizesCount", c.size());
            ArrayNode top = x.putArray("topSizes");
            c.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_SIZES)
                    .forEach(e -> top.addObject().put("size", e.getKey()).put("studiesCount", e.getValue()));
        }
        return arr;
    }
}
