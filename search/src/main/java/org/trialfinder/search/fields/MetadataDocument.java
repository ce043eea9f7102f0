package org.trialfinder.search.fields;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code GET /studies/metadata} response, generated from a {@link FieldCatalog}: a tree of
 * nodes shaped like ClinicalTrials.gov's.
 *
 * <p>Each node has {@code name} (the JSON key), {@code piece}, {@code title}, {@code sourceType}
 * ({@code STRUCT}, {@code TEXT}, {@code MARKUP}, {@code ENUM}, {@code DATE}, {@code NUMERIC},
 * {@code BOOLEAN}, {@code GEO_POINT}), {@code type} ({@code text}, {@code Status}, {@code
 * Phase[]}, {@code Location[]}…), {@code isEnum}, {@code synonyms}, and when they apply {@code
 * maxChars}, {@code altPieceNames}, {@code description} and {@code children}. Trialfinder adds
 * {@code path} (the dotted path with list marks) to every node, an extension.
 */
public final class MetadataDocument {

    private MetadataDocument() {}

    /** The metadata of the standard catalog. */
    public static ArrayNode json() {
        return json(FieldCatalog.standard());
    }

    public static ArrayNode json(FieldCatalog catalog) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (FieldDef root : catalog.roots()) out.add(node(root));
        return out;
    }

    private static ObjectNode node(FieldDef f) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("name", f.name());
        n.put("piece", f.piece());
        n.put("title", f.title());
        n.put("sourceType", f.sourceType());
        n.put("type", f.typeName());
        n.put("isEnum", f.isEnum());
        f.maxChars().ifPresent(m -> n.put("maxChars", m));
        if (!f.altPieceNames().isEmpty()) {
            ArrayNode alt = n.putArray("altPieceNames");
            f.altPieceNames().forEach(alt::add);
        }
        n.put("synonyms", f.synonyms());
        n.put("description", description(f));
        if (!f.children().isEmpty()) {
            ArrayNode children = n.putArray("children");
            for (FieldDef c : f.children()) children.add(node(c));
        }
        return n;
    }

    private static String description(FieldDef f) {
        StringBuilder d = new StringBuilder(f.title());
        switch (f.type()) {
            case ENUM ->
                d.append(" (one of ").append(String.join(", ", f.enumValues())).append(')');
            case AGE -> d.append(" (a number and a unit, e.g. \"18 Years\")");
            case DATE -> d.append(" (YYYY, YYYY-MM or YYYY-MM-DD)");
            case GEO_POINT -> d.append(" ({\"lat\":…,\"lon\":…})");
            default -> {}
        }
        return d.toString();
    }
}
