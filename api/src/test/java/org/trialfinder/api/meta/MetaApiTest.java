package org.trialfinder.api.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.api.JsonAnswers.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.OfficialSchemas;
import org.trialfinder.api.OfficialSpec;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.lucene.testing.SampleIndex;

/** The API's self-description, compared with ClinicalTrials.gov's specification and the store it describes. */
class MetaApiTest {
    private static SampleIndex sample;
    private static MetaApi api;

    @BeforeAll
    static void open() {
        sample = SampleIndex.get();
        api = new MetaApi(sample.store);
    }

    @Test
    void versionIsTheSpecificationsAndTheDataTimestampTheStoresToTheSecond() {
        JsonNode version = json(api.version(Map.of()));
        OfficialSchemas.assertConforms(version, "Version");
        assertThat(version.path("apiVersion").asText()).isEqualTo(OfficialSpec.version());
        Instant committed = Instant.parse(
                sample.store.metadata().get(StoreMetadata.DATA_TIMESTAMP).orElseThrow());
        assertThat(version.path("dataTimestamp").asText())
                .isEqualTo(committed.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
    }

    @Test
    void searchAreasAreTheSpecificationsQueryParameters() {
        JsonNode doc = json(api.searchAreas(Map.of()));
        OfficialSchemas.assertConforms(doc, "SearchDocumentList");
        assertThat(doc).hasSize(1);
        assertThat(doc.get(0).path("name").asText()).isEqualTo("Study");
        Set<String> params = new LinkedHashSet<>();
        JsonNode cond = null;
        for (JsonNode a : doc.get(0).path("areas")) {
            params.add(a.path("param").asText());
            if (a.path("param").asText().equals("query.cond")) {
                cond = a;
            }
        }
        assertThat(params)
                .containsExactlyInAnyOrderElementsOf(OfficialSpec.parameters("/studies").stream()
                        .filter(p -> p.startsWith("query."))
                        .toList());
        assertThat(cond.path("name").asText()).isEqualTo("ConditionSearch");
        assertThat(cond.path("parts").get(0).path("pieces").get(0).asText()).isEqualTo("Condition");
        assertThat(cond.path("parts").get(0).path("weight").asDouble()).isEqualTo(0.95);
    }

    @Test
    void eachSearchPartHasTheTypeClinicalTrialsGovGivesItsPieces() {
        JsonNode doc = json(api.searchAreas(Map.of()));
        Map<String, String> typeByPiece = new HashMap<>();
        List<String> written = new ArrayList<>();
        for (JsonNode area : doc.get(0).path("areas")) {
            for (JsonNode part : area.path("parts")) {
                for (JsonNode piece : part.path("pieces")) {
                    typeByPiece.put(piece.asText(), part.path("type").asText());
                    written.add(area.path("name").asText() + " " + piece.asText() + " "
                            + part.path("weight").asDouble() + " "
                            + part.path("isSynonyms").asBoolean());
                }
                assertThat(part.path("isEnum").asBoolean())
                        .as(part.toString())
                        .isEqualTo(!List.of("text", "markup")
                                .contains(part.path("type").asText()));
            }
        }
        // as ClinicalTrials.gov's own /studies/search-areas types these pieces
        assertThat(typeByPiece)
                .containsEntry("NCTId", "text")
                .containsEntry("Condition", "text")
                .containsEntry("BriefSummary", "markup")
                .containsEntry("EligibilityCriteria", "markup")
                .containsEntry("Phase", "Phase")
                .containsEntry("StdAge", "StandardAge")
                .containsEntry("InterventionType", "InterventionType")
                .containsEntry("LeadSponsorClass", "AgencyClass");
        // a part of mixed types is written as one part per type: every piece keeps its weight and synonym flag
        List<String> table = new ArrayList<>();
        for (SearchArea area : SearchAreas.standard().all()) {
            for (SearchArea.Part part : area.parts()) {
                part.pieces()
                        .forEach(piece ->
                                table.add(area.name() + " " + piece + " " + part.weight() + " " + part.isSynonyms()));
            }
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(table);
    }

    @Test
    void enumsHaveTheSpecificationsValues() {
        JsonNode doc = json(api.enums(Map.of()));
        OfficialSchemas.assertConforms(doc, "EnumInfoList");
        Map<String, List<String>> official = OfficialSpec.enums();
        List<String> compared = new ArrayList<>();
        for (JsonNode type : doc) {
            List<String> spec = official.get(type.path("type").asText());
            if (spec == null) {
                continue;
            }
            List<String> values = new ArrayList<>();
            type.path("values").forEach(v -> values.add(v.path("value").asText()));
            assertThat(values).as(type.path("type").asText()).containsExactlyInAnyOrderElementsOf(spec);
            compared.add(type.path("type").asText());
        }
        assertThat(compared).contains("Status", "Phase", "StudyType");
    }

    @Test
    void metadataDescribesTheFieldsByPiece() {
        JsonNode doc = json(api.metadata(Map.of()));
        OfficialSchemas.assertConforms(doc, "FieldNodeList");
        assertThat(doc.toString())
                .contains("\"piece\":\"NCTId\"")
                .contains("\"piece\":\"OverallStatus\"")
                .as("no property outside the spec's FieldNode")
                .doesNotContain("\"path\":");
        assertThat(api.metadata(Map.of("includeIndexedOnly", List.of("true"))).status())
                .isEqualTo(200);
    }

    @Test
    void unknownParametersAreRefused() {
        assertThatThrownBy(() -> api.version(Map.of("x", List.of("1"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("`x` is unknown parameter");
        assertThatThrownBy(() -> api.enums(Map.of("type", List.of("Status"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("`type`");
        assertThatThrownBy(() -> api.searchAreas(Map.of("param", List.of("query.cond"))))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> api.metadata(Map.of("fields", List.of("NCTId"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("`fields`");
        assertThatThrownBy(() -> api.metadata(Map.of("includeHistoricOnly", List.of("perhaps"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("includeHistoricOnly must be true or false");
    }
}
