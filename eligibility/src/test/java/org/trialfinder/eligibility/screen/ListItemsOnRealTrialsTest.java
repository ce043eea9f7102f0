package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.Study;

/**
 * Lists inside items, patient by patient, on real trials of the repository sample: a patient who fails one
 * part of a list is not eligible with that part (its own text) as the reason; a patient who meets every read
 * part is not excluded by the part left unread.
 *
 * <ul>
 *   <li>NCT04646330 inclusion 8: "Has adequate organ function as defined by:Absolute neutrophil count ≥
 *       1,500/µL;Platelets ≥ 100,000/µL;Hemoglobin ≥ 9 g/dL;Crcl ≥ 50ml/min creatinine clearance may be
 *       calculated using the institutional/laboratory standard method.Serum total bilirubin ≤ 1.5 x ULN ;…" (an
 *       inline list; the creatinine clearance part is not read).</li>
 *   <li>NCT00379756 exclusion 14: "Abnormal Laboratory Values: 1. serum total testosterone level &gt;25% below
 *       the lower limit of normal 2. serum creatinine &gt;3.0 mg/dl. 3. AST and/or ALT &gt;3x the upper limit of
 *       normal." (an exclusion's numbered list; the testosterone part is not read).</li>
 *   <li>NCT05536349 inclusion 6: "Adequate hematologic function" with sub-items "1. Platelet count ≥50 x109/L
 *       and hemoglobin ≥ 8 g/dL (≥ 80 g/L). …" and "2. Absolute neutrophil count ≥ 0.75 x 109/L. …".</li>
 * </ul>
 */
class ListItemsOnRealTrialsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static Map<String, Study> trials;

    @BeforeAll
    static void read() {
        trials = SampleTrials.byId("NCT04646330", "NCT00379756", "NCT05536349");
    }

    private static PatientProfile patient(String sex, String labs) {
        String json = "{\"age\":58,\"sex\":\"" + sex + "\",\"pregnant\":false,\"lactating\":false,"
                + "\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":1},\"conditions\":[\"lung cancer\"],"
                + "\"labs\":[" + labs + "],\"asOf\":\"2026-11-01\"}";
        return new PatientProfileReader(CLOCK).read(json).profile();
    }

    private static ScreeningResult screen(String nctId, PatientProfile p) {
        return new Prescreener(new TrialCompiler(), CLOCK).screen(p, trials.get(nctId));
    }

    private static CriterionResult result(ScreeningResult r, String section, String index) {
        return r.criteria().stream()
                .filter(c -> c.section().equals(section) && c.index().equals(index))
                .findFirst()
                .orElseThrow();
    }

    private static final String ORGAN_FUNCTION = "{\"name\":\"ANC\",\"value\":2100,\"unit\":\"/uL\"},"
            + "{\"name\":\"PLT\",\"value\":PLATELETS,\"unit\":\"/uL\"},"
            + "{\"name\":\"hemoglobin\",\"value\":12.1,\"unit\":\"g/dL\"},"
            + "{\"name\":\"TBIL\",\"value\":0.8,\"unit\":\"mg/dL\",\"uln\":1.2},"
            + "{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":40},"
            + "{\"name\":\"AST\",\"value\":28,\"unit\":\"U/L\",\"uln\":40},"
            + "{\"name\":\"albumin\",\"value\":40,\"unit\":\"g/L\"},"
            + "{\"name\":\"INR\",\"value\":1.0,\"unit\":\"{INR}\",\"uln\":1.2},"
            + "{\"name\":\"aPTT\",\"value\":30,\"unit\":\"s\",\"uln\":35},"
            + "{\"name\":\"LVEF\",\"value\":60,\"unit\":\"%\"}";

    @Test
    void plateletsBelowOnePartOfAnOrganFunctionListMakeThePatientNotEligibleWithThatPartAsTheReason() {
        ScreeningResult r = screen("NCT04646330", patient("female", ORGAN_FUNCTION.replace("PLATELETS", "80000")));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.section()).isEqualTo("inclusion");
            assertThat(f.index()).isEqualTo("8");
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(f.decidingText()).isEqualTo("Platelets ≥ 100,000/µL");
            assertThat(f.facts()).anySatisfy(fact -> assertThat(fact).startsWith("PLT 80000 /uL"));
        });
    }

    @Test
    void everyReadPartMetAndOneUnreadPartLeaveTheListUndecidedNeverFailed() {
        ScreeningResult r = screen("NCT04646330", patient("female", ORGAN_FUNCTION.replace("PLATELETS", "210000")));
        CriterionResult organs = result(r, "inclusion", "8");
        assertThat(organs.outcome())
                .as("creatinine clearance is not read: the list is not decided, and nothing in it fails")
                .isEqualTo(Outcome.NOT_COMPUTABLE);
        assertThat(r.failed()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
    }

    @Test
    void oneExclusionListPartMetExcludesWithThatPartAsTheReason() {
        String labs = "{\"name\":\"creatinine\",\"value\":3.4,\"unit\":\"mg/dL\"},"
                + "{\"name\":\"AST\",\"value\":28,\"unit\":\"U/L\",\"uln\":40},"
                + "{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":40}";
        ScreeningResult r = screen("NCT00379756", patient("male", labs));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.section()).isEqualTo("exclusion");
            assertThat(f.index()).isEqualTo("14");
            assertThat(f.outcome()).isEqualTo(Outcome.MET);
            // the span points into the record's own text, markdown escape included
            assertThat(f.decidingText()).isEqualTo("serum creatinine \\>3.0 mg/dl");
        });
    }

    @Test
    void anUnreadExclusionListPartNeverExcludesAlone() {
        // testosterone is not read; creatinine, AST and ALT are fine: the exclusion is not met, not failed
        String labs = "{\"name\":\"creatinine\",\"value\":1.0,\"unit\":\"mg/dL\"},"
                + "{\"name\":\"AST\",\"value\":28,\"unit\":\"U/L\",\"uln\":40},"
                + "{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":40}";
        ScreeningResult r = screen("NCT00379756", patient("male", labs));
        assertThat(result(r, "exclusion", "14").outcome()).isEqualTo(Outcome.NOT_COMPUTABLE);
        assertThat(r.failed()).isEmpty();
    }

    @Test
    void aSubItemOfAParentListFailsTheParentWithTheSubItemAsTheReason() {
        String labs = "{\"name\":\"ANC\",\"value\":0.5,\"unit\":\"10^9/L\"},"
                + "{\"name\":\"PLT\",\"value\":150,\"unit\":\"10^9/L\"},"
                + "{\"name\":\"hemoglobin\",\"value\":11,\"unit\":\"g/dL\"}";
        ScreeningResult r = screen("NCT05536349", patient("male", labs));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        CriterionResult blood = result(r, "inclusion", "6");
        assertThat(blood.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(blood.decidingText()).isEqualTo("Absolute neutrophil count ≥ 0.75 x 109/L");
        assertThat(r.failed()).extracting(CriterionResult::index).containsExactly("6");

        String fine = labs.replace("\"value\":0.5", "\"value\":1.9");
        CriterionResult met = result(screen("NCT05536349", patient("male", fine)), "inclusion", "6");
        assertThat(met.outcome())
                .as("the notes beside the thresholds are not read: undecided, never failed")
                .isEqualTo(Outcome.NOT_COMPUTABLE);
    }
}
