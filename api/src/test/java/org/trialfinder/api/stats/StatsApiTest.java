package org.trialfinder.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.api.JsonAnswers.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.OfficialSpec;
import org.trialfinder.store.lucene.testing.SampleIndex;

/** {@code /stats/…} over the sample store, each figure checked against a scan of the stored records. */
class StatsApiTest {
    private static SampleIndex sample;
    private static StatsApi api;

    @BeforeAll
    static void open() {
        sample = SampleIndex.get();
        api = new StatsApi(sample.store);
    }

    @Test
    void sizesOfTheStoredRecords() {
        List<Long> sizes = new ArrayList<>();
        sample.store.forEach(s -> sizes.add((long) s.json().length));
        JsonNode size = json(api.size(Map.of()));
        OfficialSpec.assertShape(size, "GzipStats");
        size.path("ranges").forEach(r -> OfficialSpec.assertShape(r, "DistItem"));
        size.path("largestStudies").forEach(l -> OfficialSpec.assertShape(l, "StudySize"));
        assertThat(size.path("totalStudies").asLong()).isEqualTo(sample.records.size());
        assertThat(size.path("averageSizeBytes").asLong())
                .isEqualTo(sizes.stream().mapToLong(Long::longValue).sum() / sizes.size());
        long ranged = 0;
        for (JsonNode r : size.path("ranges")) {
            ranged += r.path("studiesCount").asLong();
        }
        assertThat(ranged).isEqualTo(sample.records.size());
        assertThat(size.path("largestStudies").get(0).path("sizeBytes").asLong())
                .isEqualTo(sizes.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void valuesOfAFieldCountStudies() {
        JsonNode status = json(api.fieldValues(Map.of("fields", List.of("OverallStatus"))))
                .path("fields")
                .get(0);
        Map<String, Long> scan = new HashMap<>();
        sample.records
                .values()
                .forEach(r -> scan.merge(
                        r.at("/protocolSection/statusModule/overallStatus").asText(), 1L, Long::sum));
        OfficialSpec.assertShape(status, "EnumStats");
        status.path("topValues").forEach(v -> OfficialSpec.assertShape(v, "ValueCount"));
        assertThat(status.path("piece").asText()).isEqualTo("OverallStatus");
        assertThat(status.path("type").asText()).isEqualTo("ENUM");
        assertThat(status.path("missingStudiesCount").asLong()).isZero();
        assertThat(status.path("uniqueValuesCount").asInt()).isEqualTo(scan.size());
        Map<String, Long> top = new HashMap<>();
        status.path("topValues")
                .forEach(v ->
                        top.put(v.path("value").asText(), v.path("studiesCount").asLong()));
        assertThat(top).isEqualTo(scan);

        JsonNode country = json(api.fieldValues(Map.of("fields", List.of("LocationCountry"))))
                .path("fields")
                .get(0);
        long withoutCountry = sample.records.values().stream()
                .filter(r -> r.at("/protocolSection/contactsLocationsModule/locations")
                        .findValuesAsText("country")
                        .isEmpty())
                .count();
        assertThat(withoutCountry).isPositive();
        assertThat(country.path("missingStudiesCount").asLong()).isEqualTo(withoutCountry);
    }

    @Test
    void sizesOfAListField() {
        JsonNode phases = json(api.fieldSizes(Map.of("fields", List.of("Phase"))))
                .path("fields")
                .get(0);
        OfficialSpec.assertShape(phases, "ListSizes");
        phases.path("topSizes").forEach(t -> OfficialSpec.assertShape(t, "ListSize"));
        Map<Integer, Long> scan = new HashMap<>();
        sample.records
                .values()
                .forEach(r ->
                        scan.merge(r.at("/protocolSection/designModule/phases").size(), 1L, Long::sum));
        Map<Integer, Long> top = new HashMap<>();
        phases.path("topSizes")
                .forEach(t ->
                        top.put(t.path("size").asInt(), t.path("studiesCount").asLong()));
        assertThat(top).isEqualTo(scan);
        assertThat(phases.path("maxSize").asInt())
                .isEqualTo(
                        scan.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow());
    }

    @Test
    void badFieldsAndParametersAreRefused() {
        assertThatThrownBy(() -> api.fieldValues(Map.of("fields", List.of("Nope"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Nope");
        assertThatThrownBy(() -> api.fieldSizes(Map.of("fields", List.of("BriefTitle"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("not a list field");
        assertThatThrownBy(() -> api.fieldValues(Map.of("types", List.of("COLOUR"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("COLOUR");
        assertThatThrownBy(() -> api.size(Map.of("fields", List.of("x"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("`fields` is unknown parameter");
        assertThatThrownBy(() -> api.fieldSizes(Map.of("types", List.of("ENUM"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("`types` is unknown parameter");
    }
}
