package org.trialfinder.store.opensearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.Facet;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;
import org.trialfinder.search.fields.SiteWords;
import org.trialfinder.search.fields.SortablePieces;
import org.trialfinder.store.opensearch.OpenSearchConnection;
import org.trialfinder.store.opensearch.testing.TestCluster;

/**
 * The mapping a real node accepted, read back from it ({@code GET _mapping}), against the tables the searches
 * use: every piece of every search area, every facet, every sortable piece, the site fields of
 * {@code SEARCH[Location]} and distance, and the analyzers' words. The expected fields are listed from the
 * tables here, not taken from the mapping code.
 */
class IndexMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static OpenSearchConnection os;
    private static String index;
    /** Every field of the mapping by its full dotted name, with its definition. */
    private static final Map<String, JsonNode> fields = new HashMap<>();

    @BeforeAll
    static void createIndex() {
        os = OpenSearchConnection.to(List.of(TestCluster.url()));
        index = TestCluster.uniqueName("mapping");
        os.expectOk("create", "PUT", "/" + index, Map.of(), IndexMapping.createIndexBody(1, 0, List.of("criteria.v1")));
        JsonNode mapping = os.expectOk("get mapping", "GET", "/" + index + "/_mapping", Map.of(), null)
                .path(index)
                .path("mappings");
        flatten("", mapping.path("properties"));
    }

    @AfterAll
    static void dropIndex() {
        os.call("DELETE", "/" + index);
        os.close();
    }

    private static void flatten(String prefix, JsonNode properties) {
        properties.properties().forEach(e -> {
            String name = prefix + e.getKey();
            JsonNode def = e.getValue();
            fields.put(name, def);
            if (def.has("properties")) {
                flatten(name + ".", def.path("properties"));
            }
        });
    }

    private static String type(String field) {
        JsonNode def = fields.get(field);
        return def == null ? "(absent)" : def.path("type").asText("object");
    }

    @Test
    void everyPieceOfEverySearchAreaHasTheFieldsItsTypeIsSearchedIn() {
        FieldCatalog catalog = FieldCatalog.standard();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (SearchArea area : SearchAreas.standard().all()) {
            for (SearchArea.WeightedPiece wp : area.weightedPieces()) {
                FieldDef def = catalog.byPiece(wp.piece()).orElseThrow();
                String p = def.piece();
                Map<String, String> expected = new HashMap<>();
                switch (def.type()) {
                    case TEXT -> {
                        expected.put("s." + p, "text/tf_stemmed");
                        expected.put("w." + p, "text/tf_words");
                        expected.put("e." + p, "text/tf_exact");
                    }
                    case MARKUP -> {
                        expected.put("s." + p, "text/tf_stemmed");
                        expected.put("w." + p, "text/tf_words");
                    }
                    case ENUM, BOOLEAN -> expected.put("e." + p, "keyword");
                    case DATE -> expected.put("p." + p, "long");
                    case INTEGER, NUMBER, AGE -> expected.put("p." + p, "double");
                    default -> wrong.add(area.name() + " searches " + p + " of type " + def.type());
                }
                expected.forEach((field, want) -> {
                    JsonNode d = fields.get(field);
                    String got = d == null
                            ? "(absent)"
                            : d.path("type").asText()
                                    + (d.has("analyzer")
                                            ? "/" + d.path("analyzer").asText()
                                            : "");
                    if (!got.equals(want)) {
                        wrong.add(area.name() + "/" + p + ": " + field + " is " + got + ", want " + want);
                    }
                });
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFacetIsAKeywordToCountAndItsPieceAKeywordToFilter() {
        for (Facet f : Facet.values()) {
            assertThat(type("f." + f.piece())).as(f.key()).isEqualTo("keyword");
            assertThat(type("e." + f.piece())).as(f.key()).isEqualTo("keyword");
        }
        assertThat(type("f.LocationCountry")).isEqualTo("keyword");
    }

    @Test
    void everySortablePieceIsANumberWithDocValues() {
        List<String> wrong = new ArrayList<>();
        for (FieldDef leaf : FieldCatalog.standard().leaves()) {
            if (SortablePieces.standard().resolve(leaf.piece()).isEmpty()) {
                continue;
            }
            String want = leaf.type() == FieldType.DATE ? "long" : "double";
            if (!type("p." + leaf.piece()).equals(want)
                    || fields.get("p." + leaf.piece()).has("doc_values")) {
                wrong.add(leaf.piece() + ": " + fields.get("p." + leaf.piece()));
            }
        }
        for (FieldDef list : SortablePieces.standard().countedLists()) {
            String name = "Num" + list.piece() + "s";
            assertThat(SortablePieces.standard().resolve(name)).isPresent();
            if (!type("o." + name).equals("integer")) {
                wrong.add(name + ": " + type("o." + name));
            }
        }
        assertThat(SortablePieces.standard().resolve("NumArmGroups")).isPresent();
        assertThat(type("o.NumArmGroups")).isEqualTo("integer");
        assertThat(type("p.StartDate")).isEqualTo("long");
        assertThat(type("p.EnrollmentCount")).isEqualTo("double");
        assertThat(type("p.MinimumAge")).isEqualTo("double");
        assertThat(wrong).isEmpty();
    }

    @Test
    void sitesAreNestedObjectsWithAGeoPointAndTheirLocationWords() {
        assertThat(type("sites")).isEqualTo("nested");
        assertThat(type("sites.geo")).isEqualTo("geo_point");
        assertThat(type("sites.index")).isEqualTo("integer");
        for (String piece : List.of(
                "LocationFacility",
                "LocationCity",
                "LocationState",
                "LocationZip",
                "LocationCountry",
                "LocationStatus")) {
            assertThat(type("sites." + piece)).as(piece).isEqualTo("text");
        }
    }

    @Test
    void filtersIdsMissingBrowseAndTheStoredRecordHaveTheirFields() {
        assertThat(type("id")).isEqualTo("keyword");
        assertThat(type("alias")).isEqualTo("keyword");
        assertThat(type("e.OverallStatus")).isEqualTo("keyword");
        assertThat(type("present")).isEqualTo("keyword");
        assertThat(type("z.Condition")).isEqualTo("integer");
        for (BrowseDimension d : BrowseDimension.values()) {
            String n = d.name().toLowerCase();
            assertThat(List.of(type("b.k." + n), type("b.c." + n), type("b.r." + n)))
                    .as(n)
                    .containsOnly("keyword");
        }
        // the record and what lists show are kept, never indexed (a binary field is neither searched nor parsed)
        assertThat(type("record")).isEqualTo("binary");
        assertThat(type("summary")).isEqualTo("binary");
        assertThat(type("attachment.criteria_v1")).isEqualTo("binary");
        assertThat(type("stat.status")).isEqualTo("keyword");
    }

    @Test
    void aFieldNotInTheMappingIsRefused() {
        ObjectNode doc = JSON.createObjectNode().put("id", "NCT00000001").put("surprise", 1);
        var reply = os.call("PUT", "/" + index + "/_doc/NCT00000001", doc);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.reason()).contains("strict_dynamic_mapping_exception");
    }

    @Test
    void analyzersFoldStemAndKeepWholeValuesAsTheEmbeddedOnesDo() {
        assertThat(analyze("tf_stemmed", "Sjögren's Cancers and Diabetes"))
                .containsExactly("sjogren", "cancer", "and", "diabetes");
        assertThat(analyze("tf_words", "Sjögren's Cancers")).containsExactly("sjogren", "cancers");
        assertThat(analyze("tf_exact", "Heart Attack, Acute")).containsExactly("heart attack, acute");
        assertThat(analyze("tf_site", "new york")).containsExactly("new", "york");
        // a whole value over 1,000 characters is not indexed exactly (the embedded builder skips it)
        assertThat(analyze("tf_exact", "x".repeat(1000))).hasSize(1);
        assertThat(analyze("tf_exact", "x".repeat(1001))).isEmpty();
        assertThat(SiteWords.of("Saint-Étienne (Loire)")).containsExactly("saint", "etienne", "loire");
    }

    private static List<String> analyze(String analyzer, String text) {
        ObjectNode body = JSON.createObjectNode().put("analyzer", analyzer).put("text", text);
        JsonNode tokens = os.expectOk("analyze", "POST", "/" + index + "/_analyze", Map.of(), body)
                .path("tokens");
        List<String> out = new ArrayList<>();
        tokens.forEach(t -> out.add(t.path("token").asText()));
        return out;
    }
}
