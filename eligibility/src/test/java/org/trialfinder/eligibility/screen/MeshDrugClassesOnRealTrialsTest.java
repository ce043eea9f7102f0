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
 * Whole MeSH classes (alpha-blockers, PDE5 inhibitors, androgens) and the CYP3A inhibitors with their strength
 * unread, on real trials of the repository sample, against patients' treatments as written. Expected outcomes
 * from each trial's text and MeSH's pharmacological actions (tamsulosin: Adrenergic alpha-1 Receptor
 * Antagonists; tadalafil: Phosphodiesterase 5 Inhibitors; testosterone: Androgens; ketoconazole: Cytochrome
 * P-450 CYP3A Inhibitors). The screening date is 2026-11-01.
 */
class MeshDrugClassesOnRealTrialsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Study> TRIALS = new HashMap<>();
    private final Prescreener prescreener = new Prescreener(new TrialCompiler(), CLOCK);

    @BeforeAll
    static void readTrials() {
        TRIALS.putAll(SampleTrials.byId("NCT00893113", "NCT00661219", "NCT01996852"));
    }

    private static PatientProfile man(String treatments) {
        return new PatientProfileReader(CLOCK)
                .read("{\"age\":55,\"sex\":\"male\",\"conditions\":[\"erectile dysfunction\"],\"treatments\":["
                        + treatments + "]}")
                .profile();
    }

    private static CriterionResult item(ScreeningResult r, String textStart) {
        return r.criteria().stream()
                .filter(c ->
                        c.section().equalsIgnoreCase("exclusion") && c.text().startsWith(textStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no exclusion '" + textStart + "' in " + r.criteria()));
    }

    /** NCT00893113: "On Alpha Blocker or PDE 5 inhibitor within 2 weeks of randomization". */
    @Test
    void aRecentAlphaBlockerOrPde5InhibitorExcludes() {
        Study trial = TRIALS.get("NCT00893113");
        String text = "On Alpha Blocker or PDE 5 inhibitor";
        CriterionResult flomax = item(
                prescreener.screen(
                        man("{\"name\":\"Flomax 0.4 mg\",\"startDate\":\"2025-01-01\",\"endDate\":\"2026-10-25\"}"),
                        trial),
                text);
        assertThat(flomax.outcome()).isEqualTo(Outcome.MET);
        assertThat(flomax.facts().getFirst()).contains("tamsulosin");
        CriterionResult cialis =
                item(prescreener.screen(man("{\"name\":\"tadalafil 5 mg\",\"date\":\"2026-10-30\"}"), trial), text);
        assertThat(cialis.outcome()).isEqualTo(Outcome.MET);
        // stopped two months ago: outside the window
        CriterionResult old = item(
                prescreener.screen(
                        man("{\"name\":\"tamsulosin\",\"startDate\":\"2025-01-01\",\"endDate\":\"2026-09-01\"}"),
                        trial),
                text);
        assertThat(old.outcome()).isEqualTo(Outcome.NOT_MET);
        // finasteride is a 5-alpha reductase inhibitor, neither class
        CriterionResult finasteride =
                item(prescreener.screen(man("{\"name\":\"finasteride 5 mg\",\"date\":\"2026-10-30\"}"), trial), text);
        assertThat(finasteride.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    /** NCT00661219: "Patients who are taking androgens (e.g., testosterone) or anti-androgens." */
    @Test
    void testosteroneIsAnAndrogen() {
        Study trial = TRIALS.get("NCT00661219");
        String text = "Patients who are taking androgens";
        CriterionResult gel = item(
                prescreener.screen(man("{\"name\":\"testosterone gel 1%\",\"date\":\"2026-10-01\"}"), trial), text);
        assertThat(gel.outcome()).isEqualTo(Outcome.MET);
        assertThat(gel.facts().getFirst()).contains("testosterone");
        CriterionResult none =
                item(prescreener.screen(man("{\"name\":\"lisinopril 10 mg\",\"date\":\"2026-10-01\"}"), trial), text);
        assertThat(none.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    /**
     * NCT01996852: "Patients taking any potent inhibitor of cytochrome P450 3A4 (e.g., ketoconazole, …)". A CYP3A
     * inhibitor leaves the strength to the trial team; a patient on none of the class is decided.
     */
    @Test
    void aCyp3aInhibitorLeavesTheStrengthUnread() {
        Study trial = TRIALS.get("NCT01996852");
        String text = "Patients taking any potent inhibitor";
        CriterionResult ketoconazole = item(
                prescreener.screen(man("{\"name\":\"ketoconazole 200 mg\",\"date\":\"2026-10-01\"}"), trial), text);
        assertThat(ketoconazole.outcome()).isEqualTo(Outcome.NOT_COMPUTABLE);
        CriterionResult none =
                item(prescreener.screen(man("{\"name\":\"lisinopril 10 mg\",\"date\":\"2026-10-01\"}"), trial), text);
        assertThat(none.outcome()).isEqualTo(Outcome.NOT_MET);
    }
}
