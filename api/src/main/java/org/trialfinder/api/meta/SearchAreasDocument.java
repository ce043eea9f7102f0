package org.trialfinder.api.meta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;

/**
 * The {@code GET /studies/search-areas} answer in the spec's {@code SearchDocumentList} shape:
 * {@code [{"name":"Study","areas":[{name, param, uiLabel, parts:[{pieces, type, weight, isEnum,
 * isSynonyms}]}]}]}.
 *
 * <p>Each part has one {@code type}, as ClinicalTrials.gov writes it: {@code text} for short texts
 * (NCT numbers included), {@code markup} for long texts, the enum type ({@code Phase}, {@code
 * StandardAge}) for enum pieces, else the metadata's type. Where the areas table groups pieces of
 * different types under one weight (such as {@code Phase} with {@code StdAge}), the part is written
 * as one part per type with the same weight and synonym flag, which searches the same.
 */
final class SearchAreasDocument {
    private SearchAreasDocument() {}

    static ArrayNode json(SearchAreas areas, FieldCatalog catalog) {
        ArrayNode docs = JsonNodeFactory.instance.arrayNode();
        ObjectNode study = docs.addObject();
        study.put("name", "Study");
        ArrayNode areasJson = study.putArray("areas");
        for (SearchArea a : areas.all()) {
            ObjectNode area = areasJson.addObject();
            area.put("name", a.name());
            area.put("param", a.param());
            area.put("uiLabel", a.uiLabel());
            ArrayNode parts = area.putArray("parts");
            for (SearchArea.Part p : a.parts()) {
                Map<String, List<FieldDef>> byType = new LinkedHashMap<>();
                for (String piece : p.pieces()) {
                    FieldDef f = catalog.resolve(piece)
                            .orElseThrow(() -> new IllegalStateException(
                                    "search area " + a.name() + " names " + piece + ", which the catalog lacks"));
                    byType.computeIfAbsent(partType(f), t -> new ArrayList<>()).add(f);
                }
                byType.forEach((type, fields) -> {
                    ObjectNode part = parts.addObject();
                    ArrayNode pieces = part.putArray("pieces");
                    fields.forEach(f -> pieces.add(f.piece()));
                    part.put("type", type);
                    part.put("isEnum", fields.get(0).isEnum());
                    part.put("isSynonyms", p.isSynonyms());
                    part.put("weight", p.weight());
                });
            }
        }
        return docs;
    }

    /** The search part's type of one piece. */
    static String partType(FieldDef f) {
        return switch (f.type()) {
            case ENUM -> f.enumType();
            case MARKUP -> "markup";
            case TEXT -> "text";
            default -> f.typeName().replace("[]", "");
        };
    }
}
