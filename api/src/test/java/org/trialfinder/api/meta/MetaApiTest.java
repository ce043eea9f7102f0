package org.trialfinder.api.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.api.JsonAnswers.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.OfficialSpec;
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
        OfficialSpec.assertShape(version, "Version");
        assertThat(version.path("apiVersion").asText()).isEqualTo(OfficialSpec.version());
        Instant committed = Instant.parse(
                sample.store.metadata().get(StoreMetadata.DATA_TIMESTAMP).orElseThrow());
        assertThat(version.path("dataTimestamp").asText())
                .isEqualTo(committed.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
    }

    @Test
    void searchAreasAreTheSpecificationsQueryParameters() {
        JsonNode doc = json(api.searchAreas(Map.of()));
        assertThat(doc).hasSize(1);
        OfficialSpec.assertShape(doc.get(0), "SearchDocument");
        doc.get(0).path("areas").forEach(area -> {
            OfficialSpec.assertShape(area, "SearchArea");
            // no property outside SearchPart; its required "type" Trialfinder does not give (a known gap)
            area.path("parts")
                    .forEach(part -> part.fieldNames()
                            .forEachRemaining(name -> assertThat(OfficialSpec.properties("SearchPart"))
                                    .contains(name)));
        });
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
    void enumsHaveTheSpecificationsValues() {
        JsonNode doc = json(api.enums(Map.of()));
        doc.forEach(type -> {
            OfficialSpec.assertShape(type, "EnumInfo");
            type.path("values").forEach(value -> OfficialSpec.assertShape(value, "EnumItem"));
        });
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
        assertThat(doc.toString()).contains("\"piece\":\"NCTId\"").contains("\"piece\":\"OverallStatus\"");
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
    }
}
