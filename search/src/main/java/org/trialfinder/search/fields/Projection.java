package org.trialfinder.search.fields;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code fields} parameter of {@code /studies} and {@code /studies/{nctId}}: copies only the
 * requested parts of a study's JSON, keeping the v2 nesting.
 *
 * <p>{@code fields=NCTId,BriefTitle} gives {@code {"protocolSection":{"identificationModule":
 * {"nctId":…,"briefTitle":…}}}}. Items may be piece names ({@code NCTId}), alternate names
 * ({@code NCT-ID}), branch pieces ({@code EligibilityModule}, {@code ProtocolSection}: the whole
 * branch), or paths with or without list marks ({@code protocolSection.statusModule.overallStatus}),
 * all case-insensitive, separated by commas or pipes. Within lists, each element keeps only the
 * requested keys and elements left empty are dropped, so {@code LocationCity} gives {@code
 * "locations":[{"city":"Paris"},…]}. Keys keep the order they have in the study.
 *
 * <p>Search-area names and {@code @query} are not pieces; a caller that supports them passes a
 * resolver to {@link #of(FieldCatalog, Collection, Function)}.
 *
 * <p>Immutable and thread-safe; build once per request and apply to each study.
 */
public final class Projection {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final List<FieldDef> fields;
    private final Trie root = new Trie();

    private Projection(List<FieldDef> fields) {
        this.fields = List.copyOf(fields);
        for (FieldDef f : fields) {
            Trie t = root;
            for (String key : f.keys()) {
                if (t.all) break;
                t = t.children.computeIfAbsent(key, k -> new Trie());
            }
            t.all = true;
            t.children.clear();
        }
    }

    /** A projection over the standard catalog from a {@code fields} value such as {@code "NCTId,BriefTitle|Phase"}. */
    public static Projection of(String fields) {
        return of(split(fields));
    }

    /** A projection over the standard catalog; each item may itself be a comma- or pipe-separated list. */
    public static Projection of(Collection<String> fields) {
        return of(FieldCatalog.standard(), fields, name -> null);
    }

    /**
     * A projection over {@code catalog}; names the catalog does not know are passed to {@code
     * extra} (e.g. search areas, {@code @query}), which returns the fields they stand for or null.
     *
     * @throws IllegalArgumentException if the list is empty or an item is unknown; the message
     *     names the item and suggests close piece names
     */
    public static Projection of(
            FieldCatalog catalog, Collection<String> fields, Function<String, Collection<FieldDef>> extra) {
        List<String> items = new ArrayList<>();
        for (String f : fields) if (f != null) items.addAll(split(f));
        if (items.isEmpty()) throw new IllegalArgumentException("fields must list at least one field");
        Set<FieldDef> resolved = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String item : items) {
            var f = catalog.resolve(item);
            if (f.isPresent()) {
                resolved.add(f.get());
                continue;
            }
            Collection<FieldDef> more = extra == null ? null : extra.apply(item);
            if (more != null && !more.isEmpty()) resolved.addAll(more);
            else unknown.add(item);
        }
        if (!unknown.isEmpty()) throw unknownFields(catalog, unknown);
        return new Projection(new ArrayList<>(resolved));
    }

    private static IllegalArgumentException unknownFields(FieldCatalog catalog, List<String> unknown) {
        StringBuilder msg = new StringBuilder();
        for (String u : unknown) {
            if (msg.length() > 0) msg.append("; ");
            msg.append("unknown field '").append(u).append('\'');
            List<String> near = catalog.suggestions(u.contains(".") ? u.substring(u.lastIndexOf('.') + 1) : u, 3);
            if (!near.isEmpty())
                msg.append(" (did you mean ").append(String.join(", ", near)).append("?)");
        }
        return new IllegalArgumentException(msg.toString());
    }

    private static List<String> split(String value) {
        if (value == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : value.split("[,|]")) {
            String t = s.trim();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** The requested nodes, without repeats, in request order. */
    public List<FieldDef> fields() {
        return fields;
    }

    /** Whether {@code field} is returned by this projection (requested, or inside a requested branch). */
    public boolean includes(FieldDef field) {
        for (FieldDef f : fields) if (f.contains(field)) return true;
        return false;
    }

    /** The requested parts of {@code study}, as a new tree (the input is not changed or shared). */
    public ObjectNode apply(JsonNode study) {
        if (study == null || !study.isObject()) return F.objectNode();
        return project(study, root);
    }

    /**
     * The requested parts of the study in {@code json}, read with {@code mapper}: the same tree as
     * {@code apply(mapper.readTree(json))}, but the parts not asked for are skipped token by token
     * instead of being built into a tree first (five fields of a 10 KB record build a handful of nodes).
     */
    public ObjectNode apply(ObjectMapper mapper, byte[] json) throws IOException {
        // subtrees are read in the middle of the record: what follows them is not "trailing"
        ObjectReader trees = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = mapper.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return F.objectNode();
            }
            return project(trees, p, root);
        }
    }

    /** {@link #project(JsonNode, Trie)} over a parser positioned at the START_OBJECT of the source. */
    private static ObjectNode project(ObjectReader trees, JsonParser p, Trie trie) throws IOException {
        ObjectNode out = F.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            Trie t = trie.children.get(key);
            if (t == null) {
                p.skipChildren();
            } else if (t.all) {
                out.set(key, trees.readTree(p));
            } else if (value == JsonToken.START_ARRAY) {
                ArrayNode arr = F.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e == JsonToken.START_OBJECT) {
                        ObjectNode projected = project(trees, p, t);
                        if (!projected.isEmpty()) arr.add(projected);
                    } else {
                        p.skipChildren();
                    }
                }
                if (!arr.isEmpty()) out.set(key, arr);
            } else if (value == JsonToken.START_OBJECT) {
                ObjectNode projected = project(trees, p, t);
                if (!projected.isEmpty()) out.set(key, projected);
            }
        }
        return out;
    }

    private static ObjectNode project(JsonNode src, Trie trie) {
        ObjectNode out = F.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = src.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Trie t = trie.children.get(e.getKey());
            if (t == null) continue;
            JsonNode value = e.getValue();
            if (t.all) {
                out.set(e.getKey(), value.deepCopy());
            } else if (value.isArray()) {
                ArrayNode arr = F.arrayNode();
                for (JsonNode element : value) {
                    if (!element.isObject()) continue;
                    ObjectNode p = project(element, t);
                    if (!p.isEmpty()) arr.add(p);
                }
                if (!arr.isEmpty()) out.set(e.getKey(), arr);
            } else if (value.isObject()) {
                ObjectNode p = project(value, t);
                if (!p.isEmpty()) out.set(e.getKey(), p);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Projection"
                + Arrays.toString(fields.stream().map(FieldDef::piece).toArray());
    }

    private static final class Trie {
        final Map<String, Trie> children = new LinkedHashMap<>();
        boolean all;
    }
}
