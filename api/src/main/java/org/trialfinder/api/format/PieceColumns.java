package org.trialfinder.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trialfinder.api.format.CsvFormat.Column;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;
import org.trialfinder.search.fields.FieldValues;

/**
 * CSV columns named by a piece of the v2 data model ({@code NCTId}, {@code OfficialTitle}, {@code
 * LocationCity}, …), for {@code fields} lists that mix piece names with ClinicalTrials.gov's column
 * names. The column is headed by the piece name as the catalog spells it, and its cell holds the
 * piece's values as the JSON record writes them (enum constants, dates as registered, numbers as
 * written), joined with {@code |} like the lists of the official columns; a geo point is {@code
 * lat,lon}.
 *
 * <p>Only leaf pieces make a column: a branch ({@code EligibilityModule}, {@code Location}) has no
 * single cell value, and is refused with a message naming its leaves.
 */
final class PieceColumns {

    private static final int LEAVES_SHOWN = 6;

    private PieceColumns() {}

    /**
     * The column for piece {@code name} (or its alternate name), ignoring case; empty when the
     * catalog has no such piece.
     *
     * @throws IllegalArgumentException when {@code name} is a branch piece
     */
    static Optional<Column> byName(String name) {
        Optional<FieldDef> piece = FieldCatalog.standard().byPiece(name);
        if (piece.isEmpty()) {
            return Optional.empty();
        }
        FieldDef field = piece.get();
        if (field.isBranch()) {
            List<String> leaves = field.leaves().stream().map(FieldDef::piece).toList();
            throw new IllegalArgumentException("\"" + name + "\" is a branch of the study record, not a CSV column; "
                    + "name its leaf pieces ("
                    + String.join(", ", leaves.subList(0, Math.min(LEAVES_SHOWN, leaves.size())))
                    + (leaves.size() > LEAVES_SHOWN ? ", …" : "") + ") or a CSV column name");
        }
        return Optional.of(new Column(field.piece(), row -> cell(row.json(), field)));
    }

    /** Up to {@code max} piece names close to {@code name}, for "did you mean" messages. */
    static List<String> suggestions(String name, int max) {
        return FieldCatalog.standard().suggestions(name, max);
    }

    private static String cell(JsonNode study, FieldDef field) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : FieldValues.extract(study, field)) {
            if (field.type() == FieldType.GEO_POINT && value.isObject()) {
                values.add(value.path("lat").asText() + "," + value.path("lon").asText());
            } else if (value.isValueNode()) {
                values.add(value.asText());
            }
        }
        return String.join("|", values);
    }
}
