package org.trialfinder.store.lucene.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.essie.EssieParser;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.lucene.index.IndexFields;
import org.trialfinder.store.lucene.index.SearchDocumentBuilder;
import org.trialfinder.store.lucene.testing.SampleIndex;

/**
 * What is indexed and what is queried follow one rule: for every catalog piece a sample study has,
 * every field the Essie query builder reads for that piece (words, {@code EXPANSION[None]}, {@code
 * COVERAGE}, {@code RANGE}, {@code MISSING}, sizes) is a field the document builder writes, with
 * positions wherever a phrase may be asked of it. Dropping a family from the index that a query
 * still reads, or querying one that is not written, fails here.
 */
class QueriedFieldsAreIndexedTest {
    private final FieldCatalog catalog = FieldCatalog.standard();
    private final EssieQueryBuilder essie = new EssieQueryBuilder(catalog, SearchAreas.standard(), Synonyms.NONE);

    @Test
    void everyFieldAQueryOnAPieceReadsIsWrittenForStudiesThatHaveIt() {
        SearchDocumentBuilder builder = new SearchDocumentBuilder(MeshThesaurus.loadDefault());
        Map<String, Set<String>> indexedByPiece = new HashMap<>();
        Map<String, IndexOptions> options = new HashMap<>();
        for (JsonNode record : SampleIndex.get().records.values()) {
            Document doc = new Document();
            builder.addTo(doc, record, List.of());
            Set<String> fields = new HashSet<>();
            for (IndexableField f : doc.getFields()) {
                if (f.fieldType().indexOptions() != IndexOptions.NONE
                        || f.fieldType().pointDimensionCount() > 0) {
                    fields.add(f.name());
                    options.merge(f.name(), f.fieldType().indexOptions(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
            for (String piece : doc.getValues(IndexFields.PRESENT)) {
                indexedByPiece.computeIfAbsent(piece, p -> new HashSet<>()).addAll(fields);
            }
        }
        assertThat(indexedByPiece).hasSizeGreaterThan(100);

        List<String> checked = new ArrayList<>();
        for (FieldDef leaf : catalog.leaves()) {
            Set<String> indexed = indexedByPiece.get(leaf.piece());
            if (leaf.type() == FieldType.GEO_POINT || indexed == null) {
                continue;
            }
            for (String expression : expressions(leaf)) {
                Map<String, Boolean> read = fieldsRead(expression);
                assertThat(indexed).as(expression).containsAll(read.keySet());
                read.forEach((field, phrase) -> {
                    if (phrase) {
                        assertThat(options.get(field))
                                .as(expression + ": " + field + " is read as a phrase")
                                .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
                    }
                });
                checked.add(expression);
            }
        }
        assertThat(checked).hasSizeGreaterThan(300);
    }

    private static List<String> expressions(FieldDef leaf) {
        String p = "AREA[" + leaf.piece() + "]";
        List<String> out = new ArrayList<>(List.of(p + "MISSING"));
        if (leaf.isRepeated()) {
            out.add("AREA[" + leaf.piece() + ":size] 2");
        }
        switch (leaf.type()) {
            case TEXT ->
                out.addAll(List.of(
                        p + "heart",
                        p + "\"heart attack\"",
                        p + "EXPANSION[None]\"heart attack\"",
                        p + "EXPANSION[Lossy](heart attack)",
                        p + "COVERAGE[FullMatch]heart",
                        p + "COVERAGE[StartsWith]heart",
                        p + "COVERAGE[EndsWith]heart"));
            case MARKUP ->
                out.addAll(List.of(p + "heart", p + "\"heart attack\"", p + "EXPANSION[None]\"heart attack\""));
            case ENUM, BOOLEAN -> out.add(p + "yes");
            case DATE -> out.addAll(List.of(p + "2020", p + "RANGE[2020-01-01,MAX]"));
            case INTEGER, NUMBER -> out.addAll(List.of(p + "5", p + "RANGE[1,10]"));
            case AGE -> out.addAll(List.of(p + "\"18 years\"", p + "RANGE[MIN,18 years]"));
            default -> {}
        }
        return out;
    }

    /** The fields a query reads, each with whether a phrase or span is asked of it. */
    private Map<String, Boolean> fieldsRead(String expression) {
        Query query = essie.build(
                EssieParser.parse(expression),
                QueryContext.of(SearchAreas.standard().byName("BasicSearch").orElseThrow(), true));
        Map<String, Boolean> fields = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.putIfAbsent(field, false);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                if (parent.getClass().getSimpleName().contains("Phrase")) {
                    parent.visit(new QueryVisitor() {
                        @Override
                        public boolean acceptField(String field) {
                            fields.put(field, true);
                            return false;
                        }
                    });
                }
                return this;
            }
        });
        fields.remove(IndexFields.ALL);
        fields.remove(IndexFields.PRESENT);
        return fields;
    }
}
