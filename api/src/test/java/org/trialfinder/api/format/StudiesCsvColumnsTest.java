package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.studies.StudiesApi;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.store.lucene.testing.SampleIndex;

/**
 * {@code GET /api/v2/studies?format=csv&fields=…} and {@code /studies/{nctId}?format=csv} by
 * ClinicalTrials.gov's CSV column names (what pytrials and ctrdata send) and piece names, over a
 * real store of the sample, without HTTP. Expected cells come from the stored record's JSON (JSON
 * pointers, {@link ExpectedCsv}), read back with a CSV library's parser.
 */
class StudiesCsvColumnsTest {

    private static SampleIndex sample;
    private static StudiesApi api;
    /** Stored records that between them fill every column (results, documents, designs, lists). */
    private static List<String> chosen;

    @BeforeAll
    static void open() {
        sample = SampleIndex.get();
        api = new StudiesApi(sample.store, sample.search, new PlaceResolver(Gazetteer.loadDefault()));
        chosen = new ArrayList<>();
        chosen.add(first(r -> r.has("resultsSection")));
        chosen.add(first(
                r -> r.at("/documentSection/largeDocumentModule/largeDocs").size() > 1));
        chosen.add(first(r -> r.at("/protocolSection/designModule/designInfo").has("observationalModel")));
        chosen.add(first(r -> r.at("/protocolSection/sponsorCollaboratorsModule/collaborators")
                                .size()
                        > 1
                && r.at("/protocolSection/identificationModule/secondaryIdInfos")
                                .size()
                        > 1));
        chosen.add(first(r -> r.at("/protocolSection/designModule/phases").size() == 2
                && r.at("/protocolSection/outcomesModule").has("otherOutcomes")));
    }

    @Test
    void eachOfTheThirtyOfficialColumnNamesGivesThatColumn() {
        String id = chosen.get(0);
        Map<String, String> expected = ExpectedCsv.cells(sample.record(id));
        for (String column : OfficialCsvColumns.NAMES) {
            List<List<String>> csv = listCsv("format", "csv", "fields", column, "filter.ids", id);
            assertThat(csv).as(column).containsExactly(List.of(column), List.of(expected.get(column)));
        }
    }

    @Test
    void allThirtyInTheOrderAskedWithPipesOrCommas() {
        List<String> reversed = new ArrayList<>(OfficialCsvColumns.NAMES).reversed();
        for (String separator : List.of("|", ",")) {
            List<List<String>> csv = listCsv(
                    "format",
                    "csv",
                    "fields",
                    String.join(separator, reversed),
                    "filter.ids",
                    String.join(",", chosen),
                    "pageSize",
                    "20");
            assertThat(csv.get(0)).as(separator).isEqualTo(reversed);
            assertThat(csv).hasSize(chosen.size() + 1);
            for (List<String> record : csv.subList(1, csv.size())) {
                String id = record.get(reversed.indexOf("NCT Number"));
                Map<String, String> expected = ExpectedCsv.cells(sample.record(id));
                assertThat(zip(reversed, record)).as(id).isEqualTo(expected);
            }
        }
    }

    @Test
    void withoutFieldsTheThirtyOfficialColumnsInClinicalTrialsGovsOrder() {
        List<List<String>> csv = listCsv("format", "csv", "filter.ids", chosen.get(1));
        assertThat(csv.get(0)).isEqualTo(OfficialCsvColumns.NAMES);
        assertThat(zip(csv.get(0), csv.get(1))).isEqualTo(ExpectedCsv.cells(sample.record(chosen.get(1))));
    }

    /** What pytrials sends: display names with pipes, and a condition query. */
    @Test
    void thePytrialsRequestIsAnswered() {
        ApiResponse r = api.list(query(
                "format",
                "csv",
                "query.cond",
                "cluster headache",
                "fields",
                "NCT Number|Study Title|Conditions",
                "pageSize",
                "5"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        List<List<String>> csv = LibraryCsvReader.read(body(r));
        assertThat(csv.get(0)).containsExactly("NCT Number", "Study Title", "Conditions");
        assertThat(csv.size()).isBetween(2, 6);
        for (List<String> record : csv.subList(1, csv.size())) {
            JsonNode stored = sample.record(record.get(0));
            assertThat(record.get(1))
                    .isEqualTo(ExpectedCsv.spreadsheetSafe(stored.at("/protocolSection/identificationModule/briefTitle")
                            .asText()));
            assertThat(record.get(2))
                    .isEqualTo(ExpectedCsv.joinTexts(stored.at("/protocolSection/conditionsModule/conditions"), "|"));
        }
    }

    @Test
    void pieceNamesMixWithColumnNames() {
        List<List<String>> csv = listCsv(
                "format",
                "csv",
                "fields",
                "NCTId|Study Title,Phase|Enrollment|LocationCity|StartDate|Conditions|EnrollmentCount",
                "filter.ids",
                String.join(",", chosen),
                "pageSize",
                "20");

        assertThat(csv.get(0))
                .containsExactly(
                        "NCTId",
                        "Study Title",
                        "Phase",
                        "Enrollment",
                        "LocationCity",
                        "StartDate",
                        "Conditions",
                        "EnrollmentCount");
        assertThat(csv).hasSize(chosen.size() + 1);
        for (List<String> record : csv.subList(1, csv.size())) {
            JsonNode r = sample.record(record.get(0));
            List<String> cities = new ArrayList<>();
            r.at("/protocolSection/contactsLocationsModule/locations")
                    .forEach(l -> cities.add(l.path("city").asText()));
            String enrollment = ExpectedCsv.text(r.at("/protocolSection/designModule/enrollmentInfo"), "count");
            assertThat(record)
                    .as(record.get(0))
                    .containsExactly(
                            r.at("/protocolSection/identificationModule/nctId").asText(),
                            ExpectedCsv.spreadsheetSafe(
                                    ExpectedCsv.text(r.at("/protocolSection/identificationModule"), "briefTitle")),
                            ExpectedCsv.joinTexts(r.at("/protocolSection/designModule/phases"), "|"),
                            enrollment,
                            String.join("|", cities),
                            ExpectedCsv.text(r.at("/protocolSection/statusModule/startDateStruct"), "date"),
                            ExpectedCsv.joinTexts(r.at("/protocolSection/conditionsModule/conditions"), "|"),
                            enrollment);
        }
    }

    @Test
    void oneStudyAsCsvTakesTheSameNames() {
        String id = chosen.get(3);
        ApiResponse r =
                api.fetch(id, query("format", "csv", "fields", "NCT Number|Collaborators,Other IDs|OrgStudyId"));
        assertThat(r.contentType()).startsWith("text/csv");
        JsonNode stored = sample.record(id);
        List<String> collaborators = new ArrayList<>();
        stored.at("/protocolSection/sponsorCollaboratorsModule/collaborators")
                .forEach(c -> collaborators.add(c.path("name").asText()));
        List<String> otherIds = new ArrayList<>();
        otherIds.add(stored.at("/protocolSection/identificationModule/orgStudyIdInfo/id")
                .asText());
        stored.at("/protocolSection/identificationModule/secondaryIdInfos")
                .forEach(s -> otherIds.add(s.path("id").asText()));
        assertThat(LibraryCsvReader.read(body(r)))
                .containsExactly(
                        List.of("NCT Number", "Collaborators", "Other IDs", "OrgStudyId"),
                        List.of(
                                id,
                                ExpectedCsv.spreadsheetSafe(String.join("|", collaborators)),
                                ExpectedCsv.spreadsheetSafe(String.join("|", otherIds)),
                                ExpectedCsv.spreadsheetSafe(otherIds.get(0))));
    }

    @Test
    void anUnknownColumnIsRefusedByName() {
        assertThatThrownBy(() -> api.list(query("format", "csv", "fields", "NCT Number|Study Titel")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("\"Study Titel\"")
                .hasMessageContaining("Study Title");
        assertThatThrownBy(() -> api.list(query("format", "csv", "fields", "NCT Number|EligibilityModule")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("\"EligibilityModule\"")
                .hasMessageContaining("branch");
        assertThatThrownBy(() -> api.fetch(chosen.get(0), query("format", "csv", "fields", "Bogus")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("\"Bogus\"");
        // JSON keeps its own vocabulary: display names are CSV columns, not pieces
        assertThatThrownBy(() -> api.list(query("fields", "NCT Number")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("NCT Number");
    }

    private static String first(Predicate<JsonNode> test) {
        return sample.records.entrySet().stream()
                .filter(e -> test.test(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stored record matches"));
    }

    private static List<List<String>> listCsv(String... namesAndValues) {
        ApiResponse r = api.list(query(namesAndValues));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("text/csv; charset=utf-8");
        String text = body(r);
        List<List<String>> parsed = LibraryCsvReader.read(text);
        assertThat(CsvReader.read(text)).as("the strict RFC 4180 reading").isEqualTo(parsed);
        return parsed;
    }

    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            q.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return q;
    }

    private static String body(ApiResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> zip(List<String> names, List<String> values) {
        assertThat(values).hasSameSizeAs(names);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values.get(i));
        }
        return map;
    }
}
