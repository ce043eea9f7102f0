package org.trialfinder.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.api.JsonAnswers.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.OfficialSchemas;
import org.trialfinder.store.lucene.testing.SampleIndex;

/**
 * {@code /stats/…} over the sample store with the backend's figures (as the server runs it), each
 * figure checked against a scan of the stored records.
 */
class StatsApiTest {
    private static SampleIndex sample;
    private static StatsApi api;

    @BeforeAll
    static void open() {
        sample = SampleIndex.get();
        api = new StatsApi(sample.store, sample.statistics);
    }

    @Test
    void theBackendsFiguresAnswerAsAScanOfTheRecordsDoes() {
        StatsApi scanned = new StatsApi(sample.store);
        assertThat(json(api.size(Map.of()))).isEqualTo(json(scanned.size(Map.of())));
        assertThat(json(api.fieldSizes(Map.of()))).isEqualTo(json(scanned.fieldSizes(Map.of())));
        // branches and fields inside lists of lists, not only the leaves the default lists
        Map<String, List<String>> named =
                Map.of("fields", List.of("Location,LocationContact,ArmGroupInterventionName,Phase,Condition"));
        JsonNode sizes = json(api.fieldSizes(named));
        assertThat(sizes).isEqualTo(json(scanned.fieldSizes(named)));
        assertThat(sizes.get(0).path("maxSize").asInt()).isGreaterThan(10);
    }

    @Test
    void sizesOfTheStoredRecords() {
        List<Long> sizes = new ArrayList<>();
        sample.store.forEach(s -> sizes.add((long) s.json().length));
        JsonNode size = json(api.size(Map.of()));
        OfficialSchemas.assertConforms(size, "GzipStats");
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
        JsonNode status = values("OverallStatus");
        Map<String, Long> scan = new HashMap<>();
        sample.records
                .values()
                .forEach(r -> scan.merge(
                        r.at("/protocolSection/statusModule/overallStatus").asText(), 1L, Long::sum));
        OfficialSchemas.assertConforms(status, "EnumStats");
        assertThat(status.path("piece").asText()).isEqualTo("OverallStatus");
        assertThat(status.path("type").asText()).isEqualTo("ENUM");
        assertThat(status.path("missingStudiesCount").asLong()).isZero();
        assertThat(status.path("uniqueValuesCount").asInt()).isEqualTo(scan.size());
        Map<String, Long> top = new HashMap<>();
        status.path("topValues")
                .forEach(v ->
                        top.put(v.path("value").asText(), v.path("studiesCount").asLong()));
        assertThat(top).isEqualTo(scan);

        JsonNode country = values("LocationCountry");
        long withoutCountry = sample.records.values().stream()
                .filter(r -> r.at("/protocolSection/contactsLocationsModule/locations")
                        .findValuesAsText("country")
                        .isEmpty())
                .count();
        assertThat(withoutCountry).isPositive();
        assertThat(country.path("missingStudiesCount").asLong()).isEqualTo(withoutCountry);
    }

    /** The one item of {@code /stats/field/values?fields=<piece>}, the whole answer validated against the spec. */
    private static JsonNode values(String piece) {
        JsonNode answer = json(api.fieldValues(Map.of("fields", List.of(piece))));
        OfficialSchemas.assertConforms(answer, "FieldValuesStatsList");
        assertThat(answer).as(piece).hasSize(1);
        return answer.get(0);
    }

    /** The records' values of one piece, study by study (absent values left out). */
    private static List<List<JsonNode>> scan(String pointer) {
        List<List<JsonNode>> out = new ArrayList<>();
        sample.records.values().forEach(r -> {
            JsonNode v = r.at(pointer);
            out.add(v.isMissingNode() ? List.of() : List.of(v));
        });
        return out;
    }

    @Test
    void eachTypeHasItsOwnShapeAndFigures() {
        JsonNode start = values("StartDate");
        OfficialSchemas.assertConforms(start, "DateStats");
        List<String> dates = scan("/protocolSection/statusModule/startDateStruct/date").stream()
                .flatMap(List::stream)
                .map(JsonNode::asText)
                .sorted()
                .toList();
        assertThat(start.path("type").asText()).isEqualTo("DATE");
        assertThat(start.path("min").asText()).isEqualTo(dates.get(0));
        assertThat(start.path("max").asText()).isEqualTo(dates.get(dates.size() - 1));
        assertThat(start.path("missingStudiesCount").asLong()).isEqualTo(sample.records.size() - dates.size());
        Set<String> formats = new HashSet<>();
        dates.forEach(d -> formats.add(
                d.length() == 4 ? "yyyy" : d.length() == 7 ? "yyyy-MM" : d.length() == 10 ? "yyyy-MM-dd" : d));
        assertThat(start.path("formats")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(formats);

        JsonNode enrollment = values("EnrollmentCount");
        OfficialSchemas.assertConforms(enrollment, "IntegerStats");
        LongSummaryStatistics counts = scan("/protocolSection/designModule/enrollmentInfo/count").stream()
                .flatMap(List::stream)
                .mapToLong(JsonNode::asLong)
                .summaryStatistics();
        assertThat(enrollment.path("type").asText()).isEqualTo("INTEGER");
        assertThat(enrollment.path("min").asLong()).isEqualTo(counts.getMin());
        assertThat(enrollment.path("max").asLong()).isEqualTo(counts.getMax());
        assertThat(enrollment.path("avg").asDouble()).isCloseTo(counts.getAverage(), Offset.offset(1e-9));

        JsonNode healthy = values("HealthyVolunteers");
        OfficialSchemas.assertConforms(healthy, "BooleanStats");
        List<String> volunteers = scan("/protocolSection/eligibilityModule/healthyVolunteers").stream()
                .flatMap(List::stream)
                .map(JsonNode::asText)
                .toList();
        assertThat(healthy.path("trueCount").asLong())
                .isEqualTo(volunteers.stream().filter("true"::equals).count())
                .isPositive();
        assertThat(healthy.path("falseCount").asLong())
                .isEqualTo(volunteers.stream().filter("false"::equals).count())
                .isPositive();

        JsonNode title = values("BriefTitle");
        OfficialSchemas.assertConforms(title, "StringStats");
        JsonNode longest = sample.records.values().stream()
                .max(Comparator.comparingInt((JsonNode r) -> r.at("/protocolSection/identificationModule/briefTitle")
                        .asText()
                        .length()))
                .orElseThrow();
        assertThat(title.path("longest").path("length").asInt())
                .isEqualTo(longest.at("/protocolSection/identificationModule/briefTitle")
                        .asText()
                        .length());
    }

    @Test
    void everyFieldOfEveryTypeConforms() {
        JsonNode all = json(api.fieldValues(Map.of()));
        OfficialSchemas.assertConforms(all, "FieldValuesStatsList");
        Map<String, String> schemaByType = Map.of(
                "ENUM", "EnumStats",
                "STRING", "StringStats",
                "DATE", "DateStats",
                "INTEGER", "IntegerStats",
                "NUMBER", "NumberStats",
                "BOOLEAN", "BooleanStats");
        Set<String> types = new HashSet<>();
        for (JsonNode item : all) {
            // the spec's anyOf does not tie a shape to its type; each item must fit its own type's schema
            OfficialSchemas.assertConforms(
                    item, schemaByType.get(item.path("type").asText()));
            types.add(item.path("type").asText());
        }
        assertThat(types).contains("ENUM", "STRING", "DATE", "INTEGER", "BOOLEAN");
        JsonNode sizes = json(api.fieldSizes(Map.of()));
        OfficialSchemas.assertConforms(sizes, "ListSizesList");
        assertThat(sizes).isNotEmpty();
    }

    @Test
    void sizesOfAListField() {
        JsonNode answer = json(api.fieldSizes(Map.of("fields", List.of("Phase"))));
        OfficialSchemas.assertConforms(answer, "ListSizesList");
        assertThat(answer).hasSize(1);
        JsonNode phases = answer.get(0);
        assertThat(phases.path("piece").asText()).isEqualTo("Phase");
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
