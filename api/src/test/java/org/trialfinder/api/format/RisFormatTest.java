package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.format.SampleStudies.Sample;

class RisFormatTest {

    @Test
    void tracerRecord() {
        String ris = RisFormat.all().render(SampleStudies.tracer().study());

        assertThat(ris)
                .isEqualTo(String.join(
                        "\r\n",
                        "TY  - DBASE",
                        "ID  - NCT06751394",
                        "AN  - NCT06751394",
                        "U1  - 2024ZSLYEC-684",
                        "ST  - Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal Cancer"
                                + " (TRACER)",
                        "TI  - Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal Cancer",
                        "AU  - Sun Yat-sen University",
                        "C1  - Sun Yat-sen University",
                        "C2  - NOT_YET_RECRUITING",
                        "C5  - INTERVENTIONAL",
                        "C6  - No Results",
                        "C8  - Xiaojian Wu [CONTACT]",
                        "KW  - Recurrent Rectal Cancer",
                        "AB  - The study is a prospective, single-center, single-arm, phase II clinical trial. "
                                + "Patients with pelvic recurrent rectal cancer aged from 18 to 75 years, Eastern "
                                + "Cooperative Oncology Group performance status of 0-1, will receive 45-50Gy/25Fx "
                                + "irradiation or 30Gy/15Fx reirradiation (history of pelvic radiation). PD-1 "
                                + "inhibitor (Toripalimab) was used throughout the course of induction chemotherapy "
                                + "(before radiation), concurrent chemoradiation and consolidation chemotherapy "
                                + "(after radiation); radical resection was followed by well-experienced surgeons . "
                                + "The primary endpoint was pathological complete response (pCR) rate. Secondary "
                                + "endpoints were R0 resection rate, 3-year progression-free survival, overall "
                                + "survival, pathological tumor regression grade, operation characteristics and "
                                + "incidence of major surgical complications.",
                        "UR  - https://clinicaltrials.gov/study/NCT06751394",
                        "DB  - ClinicalTrials.gov",
                        "DP  - National Library of Medicine (US)",
                        "PP  - Bethesda (MD)",
                        "SF  - ClinicalTrials.gov",
                        "ER  - ",
                        ""));
    }

    @Test
    void sampleRecordsCarryTheirValuesUnderTheirTags() {
        for (String nctId : List.of("NCT06600893", "NCT05231083")) {
            Sample sample = SampleStudies.byId(nctId);
            JsonNode p = sample.json().path("protocolSection");
            JsonNode status = p.path("statusModule");
            Map<String, List<String>> tags = tags(RisFormat.all().render(sample.study()));

            assertThat(tags.get("ID")).containsExactly(nctId);
            assertThat(tags.get("AN")).containsExactly(nctId);
            assertThat(tags.get("TI"))
                    .containsExactly(p.at("/identificationModule/officialTitle").asText());
            assertThat(tags.get("AU"))
                    .containsExactly(
                            p.at("/sponsorCollaboratorsModule/leadSponsor/name").asText());
            String firstPosted = status.at("/studyFirstPostDateStruct/date").asText();
            assertThat(tags.get("PY")).containsExactly(firstPosted.substring(0, 4));
            assertThat(tags.get("DA")).containsExactly(firstPosted.replace('-', '/'));
            assertThat(tags.get("Y1"))
                    .containsExactly(
                            status.path("studyFirstSubmitDate").asText().replace('-', '/'));
            assertThat(tags.get("Y2"))
                    .containsExactly(status.at("/startDateStruct/date").asText().replace('-', '/'));
            assertThat(tags.get("C2"))
                    .containsExactly(status.path("overallStatus").asText());
            assertThat(tags.get("C3"))
                    .containsExactly(status.at("/lastUpdatePostDateStruct/date").asText());
            assertThat(tags.get("C4"))
                    .containsExactly(status.path("lastUpdateSubmitDate").asText());
            assertThat(tags.get("UR")).containsExactly("https://clinicaltrials.gov/study/" + nctId);
            Set<String> keywords = new LinkedHashSet<>();
            p.at("/conditionsModule/conditions").forEach(c -> keywords.add(c.asText()));
            p.at("/conditionsModule/keywords").forEach(c -> keywords.add(c.asText()));
            assertThat(tags.get("KW")).containsExactlyElementsOf(keywords);
            assertThat(tags.get("AB"))
                    .singleElement()
                    .asString()
                    .doesNotContain("\n")
                    .startsWith(p.at("/descriptionModule/briefSummary")
                            .asText()
                            .lines()
                            .findFirst()
                            .orElseThrow()
                            .strip());
        }
    }

    @Test
    void secondaryIdsCollaboratorsAndDocuments() {
        Sample sample = SampleStudies.all().stream()
                .filter(s -> s.json()
                                        .at("/protocolSection/identificationModule/secondaryIdInfos")
                                        .size()
                                > 0
                        && s.json()
                                        .at("/protocolSection/sponsorCollaboratorsModule/collaborators")
                                        .size()
                                > 0
                        && s.json()
                                        .at("/documentSection/largeDocumentModule/largeDocs")
                                        .size()
                                > 0)
                .findFirst()
                .orElseThrow();
        JsonNode id = sample.json().at("/protocolSection/identificationModule");
        Map<String, List<String>> tags = tags(RisFormat.all().render(sample.study()));

        List<String> ids = new ArrayList<>(List.of(id.at("/orgStudyIdInfo/id").asText()));
        for (JsonNode secondary : id.path("secondaryIdInfos")) {
            ids.add(secondary.path("id").asText()
                    + (secondary.has("type") ? " [" + secondary.path("type").asText() + "]" : ""));
        }
        assertThat(tags.get("U1")).isEqualTo(ids);
        List<String> collaborators = new ArrayList<>();
        sample.json()
                .at("/protocolSection/sponsorCollaboratorsModule/collaborators")
                .forEach(c -> collaborators.add(c.path("name").asText()));
        assertThat(tags.get("A2")).isEqualTo(collaborators);
        assertThat(tags.get("C7")).singleElement().asString().matches("(Protocol|SAP|ICF)(, (SAP|ICF))*");
    }

    @Test
    void everyLineIsATagLineEndingInCrlfAndTheRecordEndsWithEr() {
        for (Sample sample : SampleStudies.all()) {
            String ris = RisFormat.all().render(sample.study());
            assertThat(ris).startsWith("TY  - DBASE\r\n").endsWith("ER  - \r\n");
            assertThat(ris.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
            for (String line : ris.split("\r\n")) {
                assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            }
        }
    }

    @Test
    void lineBreaksInValuesAreFolded() {
        ObjectNode json = SampleStudies.tracer().copy();
        ((ObjectNode) json.at("/protocolSection/identificationModule"))
                .put("officialTitle", "  Title\r\non two lines  ");

        Map<String, List<String>> tags =
                tags(RisFormat.all().render(SampleStudies.of(json).study()));

        assertThat(tags.get("TI")).containsExactly("Title on two lines");
    }

    @Test
    void fieldsSelectTagsKeepingTyAndEr() {
        RisFormat format = RisFormat.tags(List.of("ti", "UR", " AN ", "TI"));

        assertThat(format.tagNames()).containsExactly("TY", "AN", "TI", "UR", "ER");
        assertThat(format.render(SampleStudies.tracer().study()))
                .isEqualTo("TY  - DBASE\r\nAN  - NCT06751394\r\n"
                        + "TI  - Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal"
                        + " Cancer\r\nUR  - https://clinicaltrials.gov/study/NCT06751394\r\nER  - \r\n");
    }

    @Test
    void unknownTagsAreRejectedWithTheAllowedTags() {
        assertThatThrownBy(() -> RisFormat.tags(List.of("TI", "XX", "NCTId")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"XX\"")
                .hasMessageContaining("\"NCTId\"")
                .hasMessageContaining("allowed: TY, ID, AN");
        assertThatThrownBy(() -> RisFormat.tags(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severalRecordsAreSeparatedByABlankLine() throws IOException {
        StringWriter out = new StringWriter();
        RisFormat.tags(List.of("ID"))
                .writeAll(
                        List.of(
                                SampleStudies.tracer().study(),
                                SampleStudies.byId("NCT06600893").study()),
                        out);

        assertThat(out.toString())
                .isEqualTo("TY  - DBASE\r\nID  - NCT06751394\r\nER  - \r\n\r\n"
                        + "TY  - DBASE\r\nID  - NCT06600893\r\nER  - \r\n");
    }

    @Test
    void risDates() {
        assertThat(RisFormat.risDate("2024-12-05")).isEqualTo("2024/12/05");
        assertThat(RisFormat.risDate("2024-12")).isEqualTo("2024/12");
        assertThat(RisFormat.risDate("2024")).isEqualTo("2024");
        assertThat(RisFormat.risDate(null)).isNull();
    }

    private static Map<String, List<String>> tags(String ris) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (String line : ris.split("\r\n")) {
            tags.computeIfAbsent(line.substring(0, 2), k -> new ArrayList<>()).add(line.substring(6));
        }
        return tags;
    }
}
