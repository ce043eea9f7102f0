package org.trialfinder.store.lucene.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldValues;

/**
 * For every list field of the catalog, the study's {@link FieldValues#sizeOf size} as a doc value
 * (only when not 0), so {@code /stats/field/sizes} counts sizes from doc values instead of parsing
 * every stored record.
 */
public final class ListSizeFields {
    private static final List<FieldDef> LISTS =
            FieldCatalog.standard().all().stream().filter(FieldDef::isRepeated).toList();

    private ListSizeFields() {}

    /** The doc-values field holding the size of {@code piece} (absent: size 0). */
    public static String field(String piece) {
        return "listSize." + piece;
    }

    public static void addTo(Document d, JsonNode study) {
        for (FieldDef list : LISTS) {
            int size = FieldValues.sizeOf(study, list);
            if (size > 0) {
                d.add(new NumericDocValuesField(field(list.piece()), size));
            }
        }
    }
}
