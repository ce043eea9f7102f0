package org.trialfinder.api.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.trialfinder.search.fields.FieldDef;

/**
 * The value statistics of one leaf field, gathered study by study, written as the item of
 * {@code /stats/field/values} that ClinicalTrials.gov's spec gives its type: {@code EnumStats} and
 * {@code StringStats} (top values, unique count, and for strings the longest), {@code DateStats}
 * (the date formats seen, first and last), {@code IntegerStats} and {@code NumberStats} (min, max,
 * average), {@code BooleanStats} (studies with true, with false). Every kind carries {@code field},
 * {@code piece}, {@code type} and {@code missingStudiesCount}.
 */
final class FieldValueStats {
    private static final int TOP_VALUES = 25;
    /** Date formats in the spec's notation, each with the values it describes. */
    private static final Map<String, Pattern> DATE_FORMATS = Map.of(
            "yyyy", Pattern.compile("\\d{4}"),
            "yyyy-MM", Pattern.compile("\\d{4}-\\d{2}"),
            "yyyy-MM-dd", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            "yyyy-MM-dd'T'HH:mm", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"),
            "yyyy-MM-dd'T'HH:mm:ss", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"));

    private static final List<String> DATE_FORMAT_ORDER =
            List.of("yyyy", "yyyy-MM", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss");

    private final FieldDef field;
    private final String type;
    private long missing;
    /** Studies per distinct value: a value repeated within one study counts once, as "studiesCount" means. */
    private final Map<String, Long> studiesByValue = new HashMap<>();

    private String longestValue;
    private String longestNctId;
    private final Set<String> dateFormats = new LinkedHashSet<>();
    private String minText;
    private String maxText;
    private long valueCount;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long trueStudies;
    private long falseStudies;

    FieldValueStats(FieldDef field, String type) {
        this.field = field;
        this.type = type;
    }

    /** One study's values of the field (empty when the study does not have it). */
    void add(String nctId, List<JsonNode> values) {
        if (values.isEmpty()) {
            missing++;
            return;
        }
        List<String> texts = values.stream().map(JsonNode::asText).distinct().toList();
        switch (type) {
            case "ENUM", "STRING" -> {
                texts.forEach(v -> studiesByValue.merge(v, 1L, Long::sum));
                if (type.equals("STRING")) {
                    for (String v : texts) {
                        if (longestValue == null || v.length() > longestValue.length()) {
                            longestValue = v;
                            longestNctId = nctId;
                        }
                    }
                }
            }
            case "DATE" -> texts.forEach(this::addDate);
            case "INTEGER", "NUMBER" -> values.forEach(v -> addNumber(v.asDouble()));
            case "BOOLEAN" -> {
                trueStudies += texts.contains("true") ? 1 : 0;
                falseStudies += texts.contains("false") ? 1 : 0;
            }
            default -> throw new IllegalStateException("no statistics for type " + type);
        }
    }

    private void addDate(String v) {
        DATE_FORMATS.entrySet().stream()
                .filter(f -> f.getValue().matcher(v).matches())
                .forEach(f -> dateFormats.add(f.getKey()));
        // ISO dates, partial or not, order as text
        if (minText == null || v.compareTo(minText) < 0) {
            minText = v;
        }
        if (maxText == null || v.compareTo(maxText) > 0) {
            maxText = v;
        }
    }

    private void addNumber(double v) {
        valueCount++;
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    ObjectNode json() {
        ObjectNode x = JsonNodeFactory.instance.objectNode();
        x.put("field", field.dottedPath());
        x.put("piece", field.piece());
        x.put("type", type);
        x.put("missingStudiesCount", missing);
        switch (type) {
            case "ENUM", "STRING" -> {
                x.put("uniqueValuesCount", studiesByValue.size());
                ArrayNode top = x.putArray("topValues");
                studiesByValue.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(TOP_VALUES)
                        .forEach(e -> top.addObject().put("value", e.getKey()).put("studiesCount", e.getValue()));
                if (longestValue != null) {
                    x.putObject("longest")
                            .put("length", longestValue.length())
                            .put("nctId", longestNctId)
                            .put("value", longestValue);
                }
            }
            case "DATE" -> {
                ArrayNode formats = x.putArray("formats");
                DATE_FORMAT_ORDER.stream().filter(dateFormats::contains).forEach(formats::add);
                if (minText != null) {
                    x.put("min", minText).put("max", maxText);
                }
            }
            case "INTEGER" -> {
                if (valueCount > 0) {
                    x.put("min", (long) min).put("max", (long) max).put("avg", sum / valueCount);
                }
            }
            case "NUMBER" -> {
                if (valueCount > 0) {
                    x.put("min", min).put("max", max).put("avg", sum / valueCount);
                }
            }
            case "BOOLEAN" -> x.put("trueCount", trueStudies).put("falseCount", falseStudies);
            default -> throw new IllegalStateException("no statistics for type " + type);
        }
        return x;
    }
}
