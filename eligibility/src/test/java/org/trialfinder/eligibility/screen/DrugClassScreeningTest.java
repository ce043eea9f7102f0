package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.Study;

/**
 * Prior therapy by class on real trials of the repository sample (issue 12, point 5): patients' treatments
 * as written, against criteria naming a class. Expected outcomes from reading each trial's text and the
 * drug tables (drugs/README.md: Tagrisso is osimertinib, an EGFR TKI; carboplatin is a platinum compound).
 * The screening date is 2026-11-01.
 */
class DrugClassScreeningTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Study> TRIALS = new HashMap<>();
    private final Prescreener prescreener = new Prescreener(new TrialCompiler(), CLOCK);

    @BeforeAll
    static void readTrials() {
        TRIALS.putAll(SampleTrials.byId("NCT05277701", "NCT04811001", "NCT05209256", "NCT04728893", "NCT02369484"));
    }

    private static PatientProfile patient(String treatments) {
        return new PatientProfileReader(CLOCK)
                .read("{\"age\":62,\"sex\":\"female\",\"conditions\":[\"non-small cell lung cancer\"],"
                        + "\"treatments\":[" + treatments + "]}")
                .profile();
    }

    private static CriterionResult item(ScreeningResult r, String section, String index) {
        return r.criteria().stream()
                .filter(c -> c.section().equalsIgnoreCase(section) && index.equals(c.index()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + section + " " + index + " in " + r.criteria()));
    }

    /** NCT05277701 exclusion 1: "Previously treatment with any kind of EGFR TKI". */
    @Test
    void aBrandNameEgfrTkiInTheHistoryExcludes() {
        Study trial = TRIALS.get("NCT05277701");
        ScreeningResult r = prescreener.screen(
                patient("{\"name\":\"Tagrisso 80 mg daily\",\"startDate\":\"2025-03-01\",\"endDate\":\"2026-06-30\"}"),
                trial);
        CriterionResult e1 = item(r, "exclusion", "1");
        assertThat(e1.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.failed()).contains(e1);
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(e1.facts())
                .containsExactly(
                        "treatment 'Tagrisso 80 mg daily' (osimertinib: EGFR tyrosine kinase inhibitor) on 2026-06-30");

        ScreeningResult generic =
                prescreener.screen(patient("{\"name\":\"gefitinib 250 mg\",\"date\":\"2024-01-10\"}"), trial);
        assertThat(item(generic, "exclusion", "1").outcome()).isEqualTo(Outcome.MET);
    }

    /** NCT04811001 exclusion 1: "Previous therapy with any EGFR-TKI;" (and the history names no other). */
    @Test
    void aCodeNameCountsAsItsDrug() {
        ScreeningResult r = prescreener.screen(
                patient("{\"name\":\"osimertinib (AZD9291)\",\"date\":\"2025-05-01\"}"), TRIALS.get("NCT04811001"));
        CriterionResult e1 = item(r, "exclusion", "1");
        assertThat(e1.outcome()).isEqualTo(Outcome.MET);
        assertThat(e1.facts().getFirst()).contains("osimertinib: EGFR tyrosine kinase inhibitor");
    }

    /** A drug in no class (and not an EGFR TKI) does not meet "Previously treatment with any kind of EGFR TKI". */
    @Test
    void aDrugInNoClassDoesNotExclude() {
        ScreeningResult r = prescreener.screen(
                patient("{\"name\":\"Xyzzorimab 3 mg/kg\",\"date\":\"2026-01-10\"},"
                        + "{\"name\":\"carboplatin/pemetrexed\",\"date\":\"2025-11-10\"}"),
                TRIALS.get("NCT05277701"));
        CriterionResult e1 = item(r, "exclusion", "1");
        assertThat(e1.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(r.failed()).doesNotContain(e1);
        assertThat(e1.facts()).containsExactly("no EGFR tyrosine kinase inhibitor among the patient's treatments");
    }

    /** NCT05209256 exclusion 1: "treatment with an EGFR-TKI within 7 days of the first dose of the study treatment". */
    @Test
    void aClassWindowUsesTheTreatmentDates() {
        Study trial = TRIALS.get("NCT05209256");
        ScreeningResult recent = prescreener.screen(
                patient("{\"name\":\"Tagrisso\",\"startDate\":\"2026-02-01\",\"endDate\":\"2026-10-28\"}"), trial);
        CriterionResult e1 = item(recent, "exclusion", "1");
        assertThat(e1.outcome()).isEqualTo(Outcome.MET);
        assertThat(e1.facts())
                .containsExactly("treatment 'Tagrisso' (osimertinib: EGFR tyrosine kinase inhibitor) on 2026-10-28"
                        + " (within 7 d of 2026-11-01)");
        ScreeningResult stopped = prescreener.screen(
                patient("{\"name\":\"Tagrisso\",\"startDate\":\"2026-02-01\",\"endDate\":\"2026-09-01\"}"), trial);
        assertThat(item(stopped, "exclusion", "1").outcome()).isEqualTo(Outcome.NOT_MET);
        ScreeningResult undated = prescreener.screen(patient("\"Tagrisso\""), trial);
        CriterionResult u = item(undated, "exclusion", "1");
        assertThat(u.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(u.missing()).containsExactly("date of prior EGFR tyrosine kinase inhibitor");
    }

    /** NCT04728893 exclusion 5: "Has received prior systemic anti-cancer therapy within 4 weeks prior to allocation". */
    @Test
    void aBrandNameImmunotherapyIsSystemicTherapyInAWindow() {
        Study trial = TRIALS.get("NCT04728893");
        ScreeningResult r = prescreener.screen(patient("{\"name\":\"Keytruda\",\"date\":\"2026-10-20\"}"), trial);
        CriterionResult e5 = item(r, "exclusion", "5");
        assertThat(e5.outcome()).isEqualTo(Outcome.MET);
        assertThat(e5.facts().getFirst()).contains("'Keytruda' (pembrolizumab: systemic therapy) on 2026-10-20");
        ScreeningResult old = prescreener.screen(patient("{\"name\":\"Keytruda\",\"date\":\"2026-08-20\"}"), trial);
        assertThat(item(old, "exclusion", "5").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    /** "Prior platinum-based chemotherapy" as an exclusion (notation-12: therapy(class:PLATINUM)). */
    @Test
    void carboplatinIsPriorPlatinumBasedChemotherapy() {
        Study trial = PrescreenerTest.study(
                "NCT00000101", "2025-01-01", "Exclusion Criteria:\n\n* Prior platinum-based chemotherapy", null, "ALL");
        ScreeningResult r = prescreener.screen(
                patient("{\"name\":\"carboplatin AUC 5 + pemetrexed\",\"date\":\"2025-12-01\"}"), trial);
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(r.failed().getFirst().facts())
                .containsExactly(
                        "treatment 'carboplatin AUC 5 + pemetrexed' (carboplatin: platinum compound) on 2025-12-01");
        ScreeningResult none = prescreener.screen(patient("{\"name\":\"pemetrexed\",\"date\":\"2025-12-01\"}"), trial);
        assertThat(none.criteria().getFirst().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(none.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    /** A dose the notation cannot say leaves the class decidable for a patient who never had it. */
    @Test
    void aSteroidDoseLimitDecidesOnlyWithoutSteroids() {
        Study trial = PrescreenerTest.study(
                "NCT00000103",
                "2025-01-01",
                "Exclusion Criteria:\n\n* Systemic corticosteroids > 10 mg/day prednisone equivalent",
                null,
                "ALL");
        ScreeningResult none =
                prescreener.screen(patient("{\"name\":\"Eliquis 5 mg BID\",\"date\":\"2026-10-01\"}"), trial);
        assertThat(none.criteria().getFirst().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(none.verdict()).isEqualTo(Verdict.ELIGIBLE);
        ScreeningResult inhaled =
                prescreener.screen(patient("{\"name\":\"budesonide inhaler\",\"date\":\"2026-10-01\"}"), trial);
        assertThat(inhaled.verdict()).isEqualTo(Verdict.ELIGIBLE);
        ScreeningResult oral =
                prescreener.screen(patient("{\"name\":\"prednisone 20 mg\",\"date\":\"2026-10-01\"}"), trial);
        // on a steroid: whether the dose is above 10 mg/day is left to the trial team, never decided
        assertThat(oral.criteria().getFirst().outcome()).isEqualTo(Outcome.NOT_COMPUTABLE);
        assertThat(oral.failed()).isEmpty();
    }

    /** "Use of any psychotropic drugs … in the past 6 months" (the text of NCT00000285, legacy sample). */
    @Test
    void psychotropicMedicationInAWindow() {
        Study trial = PrescreenerTest.study(
                "NCT00000102",
                "2025-01-01",
                "Exclusion Criteria:\n\n* Use of any psychotropic drugs in the past 6 months",
                null,
                "ALL");
        ScreeningResult recent = prescreener.screen(
                patient("{\"name\":\"Zoloft 50 mg\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-08-01\"}"), trial);
        assertThat(recent.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(recent.failed().getFirst().facts().getFirst()).contains("(sertraline: psychotropic drugs)");
        ScreeningResult old = prescreener.screen(
                patient("{\"name\":\"Zoloft 50 mg\",\"startDate\":\"2024-01-01\",\"endDate\":\"2025-01-01\"}"), trial);
        assertThat(old.verdict()).isEqualTo(Verdict.ELIGIBLE);
        ScreeningResult undated = prescreener.screen(patient("\"sertraline\""), trial);
        assertThat(undated.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        assertThat(undated.missingFacts()).containsExactly("date of prior psychotropic drugs");
    }
}
