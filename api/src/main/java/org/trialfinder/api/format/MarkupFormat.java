package org.trialfinder.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;

/**
 * The {@code markupFormat} parameter: the form in which a study's fields of type {@code markup}
 * are answered. Records are stored in ClinicalTrials.gov's markdown ({@link #MARKDOWN}, the
 * default); {@link #LEGACY} rewrites them as classic PRS plain text ({@link LegacyMarkup}).
 *
 * <p>Which fields are markup comes from the field catalog (the pieces of type {@link
 * FieldType#MARKUP}, what {@code /studies/metadata} answers as {@code sourceType: MARKUP}), so a
 * field added there is converted without a change here.
 */
public enum MarkupFormat {
    MARKDOWN,
    LEGACY;

    /** The path of each markup piece as JSON keys, e.g. {@code [protocolSection, armsInterventionsModule, interventions[], description]}. */
    private static final List<String[]> MARKUP_PATHS = FieldCatalog.standard().leaves().stream()
            .filter(f -> f.type() == FieldType.MARKUP)
            .map(FieldDef::path)
            .map(path -> path.split("\\."))
            .toList();

    /** The parameter value: {@code markdown} or {@code legacy}. */
    public String paramValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a parameter value names (exactly, as ClinicalTrials.gov reads it).
     *
     * @throws IllegalArgumentException for any other value, naming it and the allowed ones
     */
    public static MarkupFormat parse(String value) {
        for (MarkupFormat format : values()) {
            if (format.paramValue().equals(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException("markupFormat must be "
                + String.join(
                        " or ",
                        Arrays.stream(values()).map(MarkupFormat::paramValue).toList())
                + ", got \"" + value + "\"");
    }

    /**
     * Rewrites, in place, every markup field of a study's v2 JSON tree into this format; for
     * {@link #MARKDOWN} the tree is left as it is. Answers the same tree.
     */
    public JsonNode applyTo(JsonNode study) {
        if (this == LEGACY) {
            for (String[] path : MARKUP_PATHS) {
                rewrite(study, path, 0);
            }
        }
        return study;
    }

    private static void rewrite(JsonNode node, String[] path, int step) {
        boolean list = path[step].endsWith("[]");
        String key = list ? path[step].substring(0, path[step].length() - 2) : path[step];
        if (!(node instanceof ObjectNode object) || !object.has(key)) {
            return;
        }
        JsonNode value = object.get(key);
        boolean last = step == path.length - 1;
        if (last) {
            if (value instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).isTextual()) {
                        array.set(
                                i,
                                TextNode.valueOf(
                                        LegacyMarkup.fromMarkdown(array.get(i).asText())));
                    }
                }
            } else if (value.isTextual()) {
                object.put(key, LegacyMarkup.fromMarkdown(value.asText()));
            }
        } else if (value instanceof ArrayNode array) {
            for (JsonNode element : array) {
                rewrite(element, path, step + 1);
            }
        } else {
            rewrite(value, path, step + 1);
        }
    }
}
