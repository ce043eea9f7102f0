package org.trialfinder.api.studies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.format.MarkupFormat;
import org.trialfinder.geo.Coordinates;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.geo.ResolvedPlace;
import org.trialfinder.model.NctId;
import org.trialfinder.search.Facet;
import org.trialfinder.search.GeoDecay;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.SortKey;
import org.trialfinder.search.essie.EssieNode;
import org.trialfinder.search.essie.EssieParser;
import org.trialfinder.search.essie.EssieSyntaxException;
import org.trialfinder.search.fields.SortablePieces;

/**
 * The parameters of {@code GET /api/v2/studies}, read exactly as ClinicalTrials.gov reads them:
 * lists separated by commas or pipes, {@code pageSize} above 1000 coerced to 1000 (0 = default),
 * at most two sort keys, and an unknown parameter refused with "{@code x} is unknown parameter".
 * Trialfinder's own additions start with {@code tf.} so they cannot clash with future official names.
 */
public record ListStudiesParams(
        SearchRequest request, String format, Optional<List<String>> fields, MarkupFormat markupFormat) {

    static final Set<String> OFFICIAL = Set.of(
            "format",
            "markupFormat",
            "filter.overallStatus",
            "filter.geo",
            "filter.ids",
            "filter.advanced",
            "filter.synonyms",
            "postFilter.overallStatus",
            "postFilter.geo",
            "postFilter.ids",
            "postFilter.advanced",
            "postFilter.synonyms",
            "aggFilters",
            "geoDecay",
            "fields",
            "sort",
            "countTotal",
            "pageSize",
            "pageToken");
    /**
     * Trialfinder's additions: facet counts, a person's age filter, a place search and the nearest
     * sites ({@link TfAdditions} reads what the {@code "tf"} object of the answer holds).
     */
    static final Set<String> OWN = Set.of("tf.facets", "tf.age", "tf.place", "tf.radius", TfAdditions.NEAREST);

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,|]");

    /** Every parameter {@code /api/v2/studies} takes: the official ones, one per search area, Trialfinder's own. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(OFFICIAL);
        SearchAreas.standard().all().forEach(a -> names.add(a.param()));
        names.addAll(OWN);
        names.sort(null);
        return List.copyOf(names);
    }

    public static ListStudiesParams parse(Map<String, List<String>> query) {
        return parse(query, text -> Optional.empty());
    }

    /** @param places reads {@code tf.place} */
    public static ListStudiesParams parse(Map<String, List<String>> query, PlaceResolver places) {
        return parse(query, places::resolve);
    }

    private static ListStudiesParams parse(
            Map<String, List<String>> query, Function<String, Optional<ResolvedPlace>> places) {
        SearchAreas areas = SearchAreas.standard();
        for (String name : query.keySet()) {
            if (!OFFICIAL.contains(name)
                    && !OWN.contains(name)
                    && areas.byParam(name).isEmpty()) {
                throw new BadRequestException("`" + name + "` is unknown parameter");
            }
        }
        try {
            return build(query, areas, places);
        } catch (SearchException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static ListStudiesParams build(
            Map<String, List<String>> query, SearchAreas areas, Function<String, Optional<ResolvedPlace>> places) {
        List<SearchRequest.AreaQuery> queries = new ArrayList<>();
        boolean onlyIds = false;
        for (SearchArea area : areas.all()) {
            Optional<String> text = single(query, area.param());
            if (text.isPresent() && !text.get().isBlank()) {
                queries.add(new SearchRequest.AreaQuery(area, essie(area.param(), text.get()), text.get()));
                onlyIds |= isOnlyNctIds(text.get());
            }
        }
        List<EssieNode> advanced = new ArrayList<>();
        for (String p : List.of("filter.advanced", "postFilter.advanced")) {
            single(query, p).filter(s -> !s.isBlank()).ifPresent(s -> advanced.add(essie(p, s)));
        }
        Set<String> statuses = new LinkedHashSet<>();
        for (String p : List.of("filter.overallStatus", "postFilter.overallStatus")) {
            List<String> values = list(query, p);
            Set<String> these = new LinkedHashSet<>();
            for (String v : values) {
                these.add(Facet.STATUS.value(v.trim().toUpperCase(Locale.ROOT)));
            }
            if (!these.isEmpty()) {
                if (statuses.isEmpty()) {
                    statuses.addAll(these);
                } else {
                    statuses.retainAll(these);
                    if (statuses.isEmpty()) {
                        statuses.add("(none)"); // the two lists exclude each other: nothing matches
                    }
                }
            }
        }
        List<GeoFilter> geo = new ArrayList<>();
        for (String p : List.of("filter.geo", "postFilter.geo")) {
            single(query, p).filter(s -> !s.isBlank()).ifPresent(s -> geo.add(GeoFilter.parse(p, s)));
        }
        Optional<String> place = single(query, "tf.place").filter(x -> !x.isBlank());
        if (place.isPresent()) {
            Coordinates at = places.apply(place.get())
                    .map(ResolvedPlace::at)
                    .orElseThrow(() -> new BadRequestException("tf.place: no place called \""
                            + place.get()
                            + "\" is known; give a city, region, country, US ZIP or Canadian postal code, or lat,lon "
                            + "(GET /api/v2/tf/places?place=… lists candidates)"));
            String radius = single(query, "tf.radius").orElse("50km").trim().toLowerCase(Locale.ROOT);
            if (!radius.matches("\\d+(\\.\\d+)?(km|mi)")) {
                throw new BadRequestException(
                        "tf.radius must be a distance with its unit, e.g. 50km or 100mi; got \"" + radius + "\"");
            }
            geo.add(GeoFilter.parse("tf.place", "distance(" + at.lat() + "," + at.lon() + "," + radius + ")"));
        } else if (query.containsKey("tf.radius")) {
            throw new BadRequestException("tf.radius goes with tf.place");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String p : List.of("filter.ids", "postFilter.ids")) {
            for (String id : list(query, p)) {
                NctId nctId = NctId.parse(id).orElseThrow(() -> new BadRequestException(p + ": " + NctId.message(id)));
                ids.add(nctId.value());
            }
        }
        for (String p : List.of("filter.synonyms", "postFilter.synonyms")) {
            if (!list(query, p).isEmpty()) {
                throw new BadRequestException(
                        p + " is not supported: its values are ClinicalTrials.gov's internal synonym ids, "
                                + "which no public data carries; Trialfinder's synonyms come from MeSH "
                                + "(EXPANSION[None] in the query switches them off)");
            }
        }
        List<Facet.Selection> facets =
                parseAggFilters(single(query, "aggFilters").orElse(""));
        OptionalDouble age = OptionalDouble.empty();
        Optional<String> ageText = single(query, "tf.age");
        if (ageText.isPresent()) {
            try {
                double a = Double.parseDouble(ageText.get().trim());
                if (a < 0 || a > 130) {
                    throw new BadRequestException("tf.age must be an age in years from 0 to 130, got " + ageText.get());
                }
                age = OptionalDouble.of(a);
            } catch (NumberFormatException e) {
                throw new BadRequestException(
                        "tf.age must be an age in years (e.g. 58), got \"" + ageText.get() + "\"");
            }
        }
        Optional<GeoDecay> decay =
                single(query, "geoDecay").filter(s -> !s.isBlank()).map(GeoDecay::parse);
        List<SortKey> sort = parseSort(list(query, "sort"));
        int pageSize = parsePageSize(single(query, "pageSize"));
        boolean countTotal = bool(query, "countTotal");
        boolean withFacets = bool(query, "tf.facets");
        if (onlyIds) {
            // ClinicalTrials.gov: a query made only of NCT ids ignores every filter.
            advanced.clear();
            statuses.clear();
            geo.clear();
            ids.clear();
            facets = List.of();
            age = OptionalDouble.empty();
        }
        String format = single(query, "format").orElse("json").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("csv")) {
            throw new BadRequestException("format must be json or csv, got \"" + format + "\"");
        }
        MarkupFormat markup = markupFormat(single(query, "markupFormat"));
        Optional<List<String>> fields =
                query.containsKey("fields") ? Optional.of(list(query, "fields")) : Optional.empty();
        if (fields.isPresent() && fields.get().isEmpty()) {
            throw new BadRequestException("fields must name at least one field");
        }
        SearchRequest request = new SearchRequest(
                queries,
                advanced,
                statuses,
                geo,
                ids,
                facets,
                age,
                decay,
                sort,
                pageSize,
                single(query, "pageToken").filter(s -> !s.isBlank()),
                countTotal,
                withFacets);
        return new ListStudiesParams(request, format, fields, markup);
    }

    /**
     * The {@code markupFormat} parameter: {@code markdown} (the default, the records as stored) or
     * {@code legacy} (classic PRS plain text); any other value is refused, naming it.
     */
    static MarkupFormat markupFormat(Optional<String> value) {
        try {
            return value.map(MarkupFormat::parse).orElse(MarkupFormat.MARKDOWN);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static EssieNode essie(String param, String text) {
        try {
            return EssieParser.parse(text);
        } catch (EssieSyntaxException e) {
            throw new BadRequestException(param + ": " + e.getMessage());
        }
    }

    static boolean isOnlyNctIds(String text) {
        String[] tokens = text.trim().split("[\\s,]+");
        for (String t : tokens) {
            if (NctId.parse(t).isEmpty()) {
                return false;
            }
        }
        return tokens.length > 0;
    }

    static List<Facet.Selection> parseAggFilters(String text) {
        List<Facet.Selection> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        for (String item : text.split(",")) {
            String[] kv = item.trim().split(":", 2);
            if (kv.length != 2 || kv[1].isBlank()) {
                throw new BadRequestException("aggFilters items look like status:rec not (a filter key, a colon and "
                        + "space-separated options); got \"" + item.trim() + "\"");
            }
            Facet facet = Facet.byKey(kv[0].trim())
                    .orElseThrow(() ->
                            new BadRequestException("aggFilters: unknown filter \"" + kv[0].trim() + "\" (allowed: "
                                    + String.join(
                                            ", ",
                                            Arrays.stream(Facet.values())
                                                    .map(Facet::key)
                                                    .toList()) + ")"));
            List<String> values = new ArrayList<>();
            for (String option : kv[1].trim().split("\\s+")) {
                values.add(facet.value(option));
            }
            out.add(new Facet.Selection(facet, values));
        }
        return out;
    }

    static List<SortKey> parseSort(List<String> items) {
        if (items.size() > 2) {
            throw new BadRequestException("sort takes at most 2 items, got " + items.size());
        }
        List<SortKey> keys = new ArrayList<>();
        for (String item : items) {
            String[] parts = item.trim().split(":", 2);
            String piece = parts[0].trim();
            String dir = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "";
            if (!dir.isEmpty() && !dir.equals("asc") && !dir.equals("desc")) {
                throw new BadRequestException(
                        "sort direction must be asc or desc, got \"" + parts[1] + "\" in \"" + item + "\"");
            }
            String canonical;
            boolean defaultDesc;
            if (piece.equalsIgnoreCase(SortKey.RELEVANCE)) {
                canonical = SortKey.RELEVANCE;
                defaultDesc = true;
            } else if (piece.equalsIgnoreCase(SortKey.DISTANCE)) {
                canonical = SortKey.DISTANCE;
                defaultDesc = false;
            } else {
                SortablePieces.Sortable sortable = SortablePieces.standard()
                        .resolve(piece)
                        .orElseThrow(() -> new BadRequestException("sort: \"" + piece
                                + "\" cannot be sorted on; allowed: @relevance, @distance (with filter.geo), and "
                                + "every date or numeric piece of /api/v2/studies/metadata (e.g. LastUpdatePostDate, "
                                + "StartDate, EnrollmentCount, MinimumAge) or list count (e.g. NumArmGroups)"));
                canonical = sortable.piece();
                defaultDesc = sortable.descendingByDefault(); // dates desc, numbers asc
            }
            keys.add(new SortKey(canonical, dir.isEmpty() ? defaultDesc : dir.equals("desc")));
        }
        return keys;
    }

    static int parsePageSize(Optional<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return SearchRequest.DEFAULT_PAGE_SIZE;
        }
        try {
            int n = Integer.parseInt(text.get().trim());
            if (n < 0) {
                throw new BadRequestException("pageSize must be 0 or more, got " + n);
            }
            return n == 0 ? SearchRequest.DEFAULT_PAGE_SIZE : Math.min(n, SearchRequest.MAX_PAGE_SIZE);
        } catch (NumberFormatException e) {
            throw new BadRequestException("pageSize must be a whole number, got \"" + text.get() + "\"");
        }
    }

    static boolean bool(Map<String, List<String>> query, String name) {
        Optional<String> v = single(query, name);
        if (v.isEmpty() || v.get().isBlank()) {
            return false;
        }
        return switch (v.get().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException(name + " must be true or false, got \"" + v.get() + "\"");
        };
    }

    static Optional<String> single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new BadRequestException("`" + name + "` is given " + values.size() + " times; give it once");
        }
        return Optional.of(values.get(0));
    }

    private static List<String> list(Map<String, List<String>> query, String name) {
        return single(query, name)
                .map(s -> LIST_SEPARATOR
                        .splitAsStream(s)
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .toList())
                .orElse(List.of());
    }
}
