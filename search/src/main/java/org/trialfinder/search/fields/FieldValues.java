package org.trialfinder.search.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the values of a piece out of a study's v2 JSON tree, walking every list on the way.
 *
 * <p>Uses the path steps each {@link FieldDef} precompiles (no reflection, no path parsing), so
 * it is cheap enough to call for every field of every study while indexing. JSON {@code null}s
 * and missing keys yield nothing.
 */
public final class FieldValues {

    private FieldValues() {}

    /**
     * All values of {@code field} in {@code study}, in document order: one per occurrence, so {@code
     * LocationCity} gives one city per site and {@code Condition} one node per condition. A branch
     * gives its objects (one per {@code Location} for {@code Location}); a {@code GEO_POINT} gives
     * the {@code {"lat":…,"lon":…}} objects. Empty when absent.
     */
    public static List<JsonNode> extract(JsonNode study, FieldDef field) {
        List<JsonNode> out = new ArrayList<>(4);
        if (study != null) walk(study, field.keys(), field.listAt(), 0, out);
        return out;
    }

    /** The first value of {@code field}, or null: for pieces that occur at most once. */
    public static JsonNode first(JsonNode study, FieldDef field) {
        List<JsonNode> v = extract(study, field);
        return v.isEmpty() ? null : v.get(0);
    }

    /** The values as text ({@link JsonNode#asText()}), skipping objects and arrays. */
    public static List<String> texts(JsonNode study, FieldDef field) {
        List<JsonNode> nodes = extract(study, field);
        List<String> out = new ArrayList<>(nodes.size());
        for (JsonNode n : nodes) if (n.isValueNode()) out.add(n.asText());
        return out;
    }

    /**
     * The size used by Essie's {@code AREA[Phase:size]}: the number of elements of the list {@code
     * field} is or lies in, counted over the whole study (so {@code Phase} gives the length of
     * {@code phases}, {@code LocationCity} the number of sites with a city). For a piece that is not
     * repeated it is 0 or 1. 0 when absent.
     */
    public static int sizeOf(JsonNode study, FieldDef field) {
        return extract(study, field).size();
    }

    /**
     * The length of each occurrence of the list {@code field} (e.g. the number of contacts of each
     * site for {@code LocationContact}); empty when absent or when {@code field} is not a list.
     */
    public static List<Integer> listSizes(JsonNode study, FieldDef field) {
        List<Integer> out = new ArrayList<>();
        if (!field.isList() || study == null) return out;
        boolean[] listAt = field.listAt().clone();
        listAt[listAt.length - 1] = false; // stop at the array itself
        List<JsonNode> arrays = new ArrayList<>();
        walk(study, field.keys(), listAt, 0, arrays);
        for (JsonNode a : arrays) if (a.isArray()) out.add(a.size());
        return out;
    }

    private static void walk(JsonNode node, String[] keys, boolean[] listAt, int i, List<JsonNode> out) {
        JsonNode next = node.get(keys[i]);
        if (next == null || next.isNull()) return;
        boolean last = i == keys.length - 1;
        if (listAt[i] && next.isArray()) {
            for (int k = 0, n = next.size(); k < n; k++) {
                JsonNode element = next.get(k);
                if (element == null || element.isNull()) continue;
                if (last) out.add(element);
                else if (element.isObject()) walk(element, keys, listAt, i + 1, out);
            }
        } else if (last) {
            out.add(next);
        } else if (next.isObject()) {
            walk(next, keys, listAt, i + 1, out);
        }
    }
}
