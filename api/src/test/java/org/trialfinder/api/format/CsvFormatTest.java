package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.format.SampleStudies.Sample;
import org.trialfinder.model.Study;

class CsvFormatTest {

    @Test
    void headerIsClinicalTrialsGovsThirtyColumnsInOrder() throws IOException {
        StringWriter out = new StringWriter();
        CsvFormat.all().writeHeader(out);

        assertThat(out.toString()).isEqualTo(String.join(",", OfficialCsvColumns.NAMES) + "\r\n");
        assertThat(CsvFormat.COLUMN_NAMES).isEqualTo(OfficialCsvColumns.NAMES);
        assertThat(CsvFormat.all().columnNames()).isEqualTo(OfficialCsvColumns.NAMES);
    }

    @Test
    void tracerRowHasEveryCellFromItsJson() {
        Sample tracer = SampleStudies.tracer();
        JsonNode p = tracer.json().path("protocolSection");

        List<List<String>> parsed = CsvReader.read(CsvFormat.all().render(List.of(tracer.study())));

        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0)).isEqualTo(OfficialCsvColumns.NAMES);
        Map<String, String> row = zip(parsed.get(0), parsed.get(1));
        // Values read from the record's JSON here, spelled out for this one record.
        assertThat(row.get("NCT Number")).isEqualTo("NCT06751394");
        assertThat(row.get("Study Title"))
                .isEqualTo(p.at("/identificationModule/briefTitle").asText())
                .isEqualTo("Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal " + "Cancer");
        assertThat(row.get("Study URL")).isEqualTo("https://clinicaltrials.gov/study/NCT06751394");
        assertThat(row.get("Acronym")).isEqualTo("TRACER");
        assertThat(row.get("Study Status")).isEqualTo("NOT_YET_RECRUITING");
        assertThat(row.get("Brief Summary"))
                .isEqualTo(p.at("/descriptionModule/briefSummary").asText())
                .contains("\n\nThe primary endpoint");
        assertThat(row.get("Study Results")).isEqualTo("NO");
        assertThat(row.get("Conditions")).isEqualTo("Recurrent Rectal Cancer");
        assertThat(row.get("Interventions"))
                .isEqualTo("DRUG: Oxaliplatin|DRUG: Irinotecan"
                        + "|PROCEDURE: surgery|RADIATION: Radiation|DRUG: Capecitabine"
                        + "|DRUG: PD-1 antibody (Toripalimab)");
        assertThat(row.get("Primary Outcome Measures")).isEqualTo("pathological complete response (pCR) rate");
        assertThat(row.get("Secondary Outcome Measures"))
                .isEqualTo("R0 resection rate"
                        + "|3-year progression-free survival|overall survival"
                        + "|pathological tumor regression grade|operation characteristics"
                        + "|incidence of major surgical complications");
        assertThat(row.get("Other Outcome Measures")).isEmpty();
        assertThat(row.get("Sponsor")).isEqualTo("Sun Yat-sen University");
        assertThat(row.get("Collaborators")).isEmpty();
        assertThat(row.get("Sex"))
                .isEqualTo(p.at("/eligibilityModule/sex").asText())
                .isEqualTo("ALL");
        assertThat(row.get("Age"))
                .isEqualTo(ExpectedCsv.joinTexts(p.at("/eligibilityModule/stdAges"), ", "))
                .isEqualTo("ADULT, OLDER_ADULT");
        assertThat(row.get("Phases")).isEqualTo("PHASE2");
        assertThat(row.get("Enrollment")).isEqualTo("44");
        assertThat(row.get("Funder Type")).isEqualTo("OTHER");
        assertThat(row.get("Study Type")).isEqualTo("INTERVENTIONAL");
        assertThat(row.get("Study Design"))
                .isEqualTo("Allocation: NA | Intervention Model: "
                        + "SINGLE_GROUP | Masking: NONE | Primary Purpose: TREATMENT");
        assertThat(row.get("Other IDs")).isEqualTo("2024ZSLYEC-684");
        for (String date : List.of(
                "Start Date",
                "Primary Completion Date",
                "Completion Date",
                "First Posted",
                "Results First Posted",
                "Last Update Posted",
                "Study Documents")) {
            assertThat(row.get(date)).as(date).isEmpty(); // the reconstructed record has none
        }
        // facility, city, state, country; no zip, so no empty part
        assertThat(row.get("Locations")).isEqualTo("Sun Yat-sen University, Guangzhou, Guangdong, China");
        assertThat(row).isEqualTo(ExpectedCsv.cells(tracer.json()));
    }

    @Test
    void chosenSampleRowsHaveEveryCellFromTheirJson() {
        List<Sample> chosen = new ArrayList<>();
        chosen.add(first(s -> s.json().has("resultsSection")));
        chosen.add(first(s ->
                s.json().at("/documentSection/largeDocumentModule/largeDocs").size() > 1));
        chosen.add(first(s -> "OBSERVATIONAL"
                        .equals(s.json()
                                .at("/protocolSection/designModule/studyType")
                                .asText())
                && s.json().at("/protocolSection/designModule/designInfo").has("observationalModel")));
        chosen.add(first(s -> s.json()
                                .at("/protocolSection/sponsorCollaboratorsModule/collaborators")
                                .size()
                        > 1
                && s.json()
                                .at("/protocolSection/identificationModule/secondaryIdInfos")
                                .size()
                        > 1));
        chosen.add(first(s -> s.json()
                        .at("/protocolSection/contactsLocationsModule/locations")
                        .size()
                > 20));
        chosen.add(
                first(s -> s.json().at("/protocolSection/designModule/phases").size() == 2));

        for (Sample sample : chosen) {
            Map<String, String> expected = ExpectedCsv.cells(sample.json());
            List<List<String>> parsed = CsvReader.read(CsvFormat.all().render(List.of(sample.study())));
            assertThat(zip(parsed.get(0), parsed.get(1))).as(sample.nctId()).isEqualTo(expected);
        }
        // the chosen rows do exercise the multi-valued layouts
        assertThat(chosen.get(1).study())
                .satisfies(s -> assertThat(CsvFormat.columns(List.of("Study Documents"))
                                .cells(s)
                                .get(0))
                        .contains("|")
                        .contains(", https://cdn.clinicaltrials.gov/large-docs/"));
        assertThat(CsvFormat.columns(List.of("Study Design"))
                        .cells(chosen.get(2).study())
                        .get(0))
                .startsWith("Observational Model: ");
        assertThat(CsvFormat.columns(List.of("Phases"))
                        .cells(chosen.get(5).study())
                        .get(0))
                .matches("PHASE\\d\\|PHASE\\d");
    }

    @Test
    void everySampleRowRoundTripsThroughAnRfc4180ReaderWithTheCellsOfItsJson() {
        StringWriter out = new StringWriter();
        List<Sample> all = SampleStudies.all();
        try {
            CsvFormat.all().writeHeader(out);
            for (Sample s : all) {
                CsvFormat.all().writeRow(s.study(), out);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<List<String>> parsed = CsvReader.read(out.toString());

        assertThat(parsed).hasSize(all.size() + 1);
        for (int i = 0; i < all.size(); i++) {
            assertThat(zip(parsed.get(0), parsed.get(i + 1)))
                    .as(all.get(i).nctId())
                    .isEqualTo(ExpectedCsv.cells(all.get(i).json()));
        }
    }

    /**
     * Three rows of a real ClinicalTrials.gov CSV export (see {@code ctgov-export-2024-09.md}), for
     * the same record versions as in the sample: our cells must be the same, except that that
     * export joined the Study Design parts with {@code "|"} where newer ones use {@code " | "}.
     */
    @Test
    void matchesRealClinicalTrialsGovExport() throws IOException {
        String export;
        try (InputStream in = getClass().getResourceAsStream("ctgov-export-2024-09.csv")) {
            export = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> real = CsvReader.read(export);
        List<String> header = real.get(0);
        CsvFormat format = CsvFormat.columns(header);
        assertThat(real).hasSize(4);

        for (List<String> realRow : real.subList(1, real.size())) {
            Study study = SampleStudies.byId(realRow.get(0)).study();
            List<String> ours = new ArrayList<>(format.cells(study));
            int design = header.indexOf("Study Design");
            ours.set(design, ours.get(design).replace(" | ", "|"));
            assertThat(zip(header, ours)).as(realRow.get(0)).isEqualTo(zip(header, realRow));
        }
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaksOnly() {
        assertThat(CsvFormat.quote("plain text")).isEqualTo("plain text");
        assertThat(CsvFormat.quote("")).isEmpty();
        assertThat(CsvFormat.quote(null)).isEmpty();
        assertThat(CsvFormat.quote("ADULT, OLDER_ADULT")).isEqualTo("\"ADULT, OLDER_ADULT\"");
        assertThat(CsvFormat.quote("the \"TRACER\" trial")).isEqualTo("\"the \"\"TRACER\"\" trial\"");
        assertThat(CsvFormat.quote("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvFormat.quote("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(CsvFormat.quote("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void writesTrickyCellsSoTheyReadBack() {
        ObjectNode json = SampleStudies.tracer().copy();
        ObjectNode id = (ObjectNode) json.at("/protocolSection/identificationModule");
        id.put("briefTitle", "A \"quoted\", comma'd\r\ntitle");
        id.put("acronym", "\"");
        ((ObjectNode) json.at("/protocolSection/descriptionModule"))
                .put("briefSummary", "line one\nline two, with comma\n\n\"end\"");
        Study study = SampleStudies.of(json).study();

        String csv = CsvFormat.columns(List.of("NCT Number", "Study Title", "Acronym", "Brief Summary"))
                .render(List.of(study));

        assertThat(csv)
                .isEqualTo("NCT Number,Study Title,Acronym,Brief Summary\r\n"
                        + "NCT06751394,\"A \"\"quoted\"\", comma'd\r\ntitle\",\"\"\"\","
                        + "\"line one\nline two, with comma\n\n\"\"end\"\"\"\r\n");
        assertThat(CsvReader.read(csv).get(1))
                .containsExactly(
                        "NCT06751394",
                        "A \"quoted\", comma'd\r\ntitle",
                        "\"",
                        "line one\nline two, with comma\n\n\"end\"");
    }

    @Test
    void selectsColumnsByCsvNameInTheOrderRequested() {
        CsvFormat format = CsvFormat.columns(List.of("Study Status", " nct number ", "Phases", "Study Status"));

        assertThat(format.columnNames()).containsExactly("Study Status", "NCT Number", "Phases");
        assertThat(format.cells(SampleStudies.tracer().study()))
                .containsExactly("NOT_YET_RECRUITING", "NCT06751394", "PHASE2");
    }

    @Test
    void unknownColumnNamesAreRejectedWithTheAllowedNames() {
        // neither column names nor piece names (NCTId and BriefTitle are pieces, hence columns now)
        assertThatThrownBy(() -> CsvFormat.columns(List.of("NCT Number", "NCT Numbr", "BriefTitel")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"NCT Numbr\"")
                .hasMessageContaining("\"BriefTitel\"")
                .hasMessageContaining("BriefTitle")
                .hasMessageContaining("allowed: NCT Number, Study Title, Study URL")
                .hasMessageContaining("Study Documents");
        assertThatThrownBy(() -> CsvFormat.columns(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NCT Number");
    }

    @Test
    void aSparseRecordGivesEmptyCellsNotErrors() {
        Study bare = SampleStudies.of(SampleStudies.tracer()
                        .copy()
                        .put("hasResults", true)
                        .set(
                                "protocolSection",
                                JsonNodeFactory.instance
                                        .objectNode()
                                        .set(
                                                "identificationModule",
                                                JsonNodeFactory.instance
                                                        .objectNode()
                                                        .put("nctId", "NCT00000102"))))
                .study();

        List<String> cells = CsvFormat.all().cells(bare);

        assertThat(cells.get(0)).isEqualTo("NCT00000102");
        assertThat(cells.get(2)).isEqualTo("https://clinicaltrials.gov/study/NCT00000102");
        assertThat(cells.get(6)).isEqualTo("YES");
        assertThat(cells.subList(7, 30)).allMatch(String::isEmpty);
    }

    private static Sample first(Predicate<Sample> test) {
        return SampleStudies.all().stream()
                .filter(test)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sample record matches"));
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
