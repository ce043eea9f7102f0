package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

class PrescreenerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private final Prescreener prescreener = new Prescreener(new TrialCompiler(), CLOCK);

    static Study study(String nctId, String lastUpdate, String criteria, String minimumAge, String sex) {
        String json = "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"" + nctId
                + "\",\"briefTitle\":\"t\"},"
                + "\"statusModule\":{\"lastUpdatePostDateStruct\":{\"date\":\"" + lastUpdate
                + "\",\"type\":\"ACTUAL\"}},"
                + "\"eligibilityModule\":{\"eligibilityCriteria\":" + quote(criteria) + ",\"sex\":\"" + sex + "\""
                + (minimumAge == null ? "" : ",\"minimumAge\":\"" + minimumAge + "\"") + "}}}";
        return StudyJson.parse(json);
    }

    private static String quote(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PatientProfile patient(String json) {
        return new PatientProfileReader(CLOCK).read(json).profile();
    }

    @Test
    void kleeneLogic() {
        assertThat(Truth.TRUE.and(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.FALSE.and(Truth.UNKNOWN)).isEqualTo(Truth.FALSE);
        assertThat(Truth.TRUE.or(Truth.UNKNOWN)).isEqualTo(Truth.TRUE);
        assertThat(Truth.FALSE.or(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.FALSE.implies(Truth.UNKNOWN)).isEqualTo(Truth.TRUE);
        assertThat(Truth.UNKNOWN.implies(Truth.TRUE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.UNKNOWN.implies(Truth.FALSE)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void structuredAgeAndSexAreChecks() {
        Study s = study("NCT00000001", "2025-01-01", "Inclusion Criteria:\n\n* ECOG 0-1", "18 Years", "FEMALE");
        ScreeningResult young = prescreener.screen(
                patient("{\"age\":16,\"sex\":\"female\",\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":0}}"), s);
        assertThat(young.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(young.failed()).extracting(CriterionResult::source).containsExactly("minimumAge");
        ScreeningResult male = prescreener.screen(
                patient("{\"age\":40,\"sex\":\"male\",\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":0}}"), s);
        assertThat(male.failed()).extracting(CriterionResult::source).containsExactly("sex");
        ScreeningResult fits = prescreener.screen(
                patient("{\"age\":40,\"sex\":\"female\",\"performanceStatus\":{\"scale\":\"WHO\",\"value\":1}}"), s);
        assertThat(fits.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aCriterionThatCannotBeReadNeverExcludesButAMedicalOneKeepsEligibleAway() {
        Study s = study(
                "NCT00000002",
                "2025-01-01",
                "Inclusion Criteria:\n\n* Willing to comply with study visits\n\nExclusion Criteria:\n\n* Any condition that in the opinion of the investigator would interfere",
                null,
                "ALL");
        ScreeningResult r = prescreener.screen(patient("{\"age\":40,\"sex\":\"female\"}"), s);
        assertThat(r.failed()).isEmpty();
        assertThat(r.notComputable())
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.NOT_COMPUTABLE));
        // the visits are procedural; "any condition …" is about the patient's health and was not checked
        assertThat(r.notComputable()).extracting(CriterionResult::procedural).containsExactly(true, false);
        assertThat(r.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        assertThat(r.coverage()).isEqualTo(new Coverage(2, 0, 0, 1, 1)); // two items, nothing structured (sex ALL)
    }

    @Test
    void onlyProceduralCriteriaLeftToTheTeamStillAllowEligible() {
        Study s = study(
                "NCT00000004",
                "2025-01-01",
                "Inclusion Criteria:\n\n* Willing to comply with study visits\n* Signed informed consent\n"
                        + "* Able to read and write English\n\nExclusion Criteria:\n\n* Pregnancy",
                null,
                "ALL");
        ScreeningResult r = prescreener.screen(patient("{\"age\":40,\"sex\":\"female\",\"pregnant\":false}"), s);
        assertThat(r.notComputable())
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.procedural()).isTrue());
        assertThat(r.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(r.coverage().decidedShare()).isEqualTo(1.0);
        assertThat(Prescreener.verdict(
                        prescreener.facts(patient("{\"age\":40,\"sex\":\"female\",\"pregnant\":false}")),
                        checks(prescreener.compiler().compile(s))))
                .as("the verdict without explanations agrees")
                .isEqualTo(Verdict.ELIGIBLE);
    }

    private static TrialChecks checks(CompiledTrial t) {
        return new TrialChecks(
                t.nctId(),
                t.criteria().stream()
                        .map(c -> new CompiledCheck(c.source(), c.section(), c.tree()))
                        .toList());
    }

    @Test
    void windowsUseTreatmentDates() {
        Study s = study(
                "NCT00000003",
                "2025-01-01",
                "Exclusion Criteria:\n\n* Chemotherapy within 4 weeks before the first dose",
                null,
                "ALL");
        String recent =
                "{\"age\":60,\"conditions\":[\"colon cancer\"],\"treatments\":[{\"name\":\"FOLFOX\",\"date\":\"2026-10-20\"}]}";
        String old =
                "{\"age\":60,\"conditions\":[\"colon cancer\"],\"treatments\":[{\"name\":\"oxaliplatin\",\"date\":\"2026-06-01\"}]}";
        String undated = "{\"age\":60,\"conditions\":[\"colon cancer\"],\"treatments\":[\"chemotherapy\"]}";
        assertThat(prescreener.screen(patient(recent), s).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(prescreener.screen(patient(old), s).verdict()).isEqualTo(Verdict.ELIGIBLE);
        ScreeningResult u = prescreener.screen(patient(undated), s);
        assertThat(u.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        assertThat(u.missingFacts()).containsExactly("date of prior chemotherapy");
    }

    @Test
    void historyIsUnknownWhenTheProfileGivesNoConditions() {
        Study s = study(
                "NCT00000004",
                "2025-01-01",
                "Exclusion Criteria:\n\n* Known HIV infection\n* Brain metastases",
                null,
                "ALL");
        ScreeningResult none = prescreener.screen(patient("{\"age\":50}"), s);
        assertThat(none.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        ScreeningResult described =
                prescreener.screen(patient("{\"age\":50,\"conditions\":[\"NSCLC\"],\"metastases\":[\"bone\"]}"), s);
        assertThat(described.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(described.criteria().get(0).facts()).containsExactly("hiv not among the patient's conditions");
        ScreeningResult hiv =
                prescreener.screen(patient("{\"age\":50,\"conditions\":[\"NSCLC\",\"HIV-1 infection\"]}"), s);
        assertThat(hiv.failed()).extracting(CriterionResult::index).containsExactly("1");
        ScreeningResult brain =
                prescreener.screen(patient("{\"age\":50,\"conditions\":[\"NSCLC\"],\"metastases\":[\"cerebral\"]}"), s);
        assertThat(brain.failed()).extracting(CriterionResult::index).containsExactly("2");
    }

    @Test
    void subItemsBelongToTheirParent() {
        Study s = study(
                "NCT00000005",
                "2025-01-01",
                "Inclusion Criteria:\n\n* Adequate organ function, defined as:\n  * ANC ≥ 1.5 x 10^9/L\n  * Platelets ≥ 100 x 10^9/L",
                null,
                "ALL");
        ScreeningResult low = prescreener.screen(
                patient("{\"age\":50,\"labs\":[{\"name\":\"ANC\",\"value\":2.0,\"unit\":\"10^9/L\"},"
                        + "{\"name\":\"platelets\",\"value\":80000,\"unit\":\"/uL\"}]}"),
                s);
        assertThat(low.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(low.failed()).singleElement().satisfies(f -> {
            assertThat(f.criterion()).isEqualTo("and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L)");
            assertThat(f.facts()).contains("platelets 80000 /uL = 80 10*9/L");
            assertThat(f.decidingText()).isEqualTo("Platelets ≥ 100 x 10^9/L");
        });
    }

    @Test
    void aLeadInThatSaysMoreKeepsTheSubItemsFromDeciding() {
        Study s = study(
                "NCT00000006",
                "2025-01-01",
                "Exclusion Criteria:\n\n* Any of the following within 6 months of enrollment:\n  * Myocardial infarction\n  * Stroke",
                null,
                "ALL");
        ScreeningResult r = prescreener.screen(patient("{\"age\":50,\"conditions\":[\"stroke\"]}"), s);
        assertThat(r.failed()).isEmpty();
        assertThat(r.notComputable()).hasSize(1);
    }

    @Test
    void theTrialsConditionIsMetByThePatientsWordsAndOtherwiseUnknown() {
        Study s = study(
                "NCT00000011",
                "2025-01-01",
                "Inclusion Criteria:\n\n* Histologically confirmed adenocarcinoma of the rectum",
                null,
                "ALL");
        ScreeningResult has = prescreener.screen(
                patient("{\"age\":60,\"conditions\":[\"locally recurrent adenocarcinoma of the rectum\"]}"), s);
        assertThat(has.verdict()).isEqualTo(Verdict.ELIGIBLE);
        ScreeningResult other = prescreener.screen(patient("{\"age\":60,\"conditions\":[\"rectal cancer\"]}"), s);
        assertThat(other.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        assertThat(other.missingFacts()).containsExactly("whether the patient has adenocarcinoma of the rectum");
    }

    @Test
    void compiledOncePerRecordVersion() {
        TrialCompiler compiler = new TrialCompiler();
        Study v1 = study("NCT00000007", "2025-01-01", "Inclusion Criteria:\n\n* Age ≥ 18 years", null, "ALL");
        Study v1again = study("NCT00000007", "2025-01-01", "Inclusion Criteria:\n\n* Age ≥ 18 years", null, "ALL");
        Study v2 = study("NCT00000007", "2025-02-01", "Inclusion Criteria:\n\n* Age ≥ 21 years", null, "ALL");
        CompiledTrial a = compiler.compile(v1);
        assertThat(compiler.compile(v1again)).isSameAs(a);
        CompiledTrial b = compiler.compile(v2);
        assertThat(b).isNotSameAs(a);
        assertThat(b.criteria().get(0).text()).isEqualTo("Age ≥ 21 years");
        assertThat(compiler.cached()).isEqualTo(2);
    }

    @Test
    void screensManyTrialsWithOnePatientIndex() {
        TrialCompiler compiler = new TrialCompiler();
        List<CompiledTrial> trials = List.of(
                compiler.compile(
                        study("NCT00000008", "2025-01-01", "Inclusion Criteria:\n\n* Age ≥ 18 years", null, "ALL")),
                compiler.compile(
                        study("NCT00000009", "2025-01-01", "Inclusion Criteria:\n\n* Age ≥ 65 years", null, "ALL")));
        List<ScreeningResult> results = prescreener.screenAll(patient("{\"age\":50}"), trials);
        assertThat(results)
                .extracting(ScreeningResult::verdict)
                .containsExactly(Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE);
    }

    @Test
    void resultsSerialiseWithTheirWords() throws Exception {
        Study s = study(
                "NCT00000010", "2025-01-01", "Exclusion Criteria:\n\n* ALT > 3 x ULN\n* Signed consent", null, "ALL");
        ScreeningResult r = prescreener.screen(
                patient("{\"age\":50,\"labs\":[{\"name\":\"ALT\",\"value\":200,\"unit\":\"U/L\"}]}"), s);
        JsonNode json = new ObjectMapper().valueToTree(r);
        assertThat(json.get("verdict").asText()).isEqualTo("not eligible");
        assertThat(json.at("/failed/0/outcome").asText()).isEqualTo("met");
        assertThat(json.at("/failed/0/defaultsUsed/0").asText()).startsWith("ULN default 40 U/L used for ALT");
        assertThat(json.at("/notComputable/0/outcome").asText()).isEqualTo("not computable");
        assertThat(LocalDate.now(CLOCK)).isEqualTo(LocalDate.parse("2026-11-01"));
    }
}
