package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;

/**
 * A test result for one patient (issue 12 point 3): the profile's own result decides; a result is derived
 * only where certain, saying from what; otherwise the item is unknown with the test named, never "not met"
 * and never a missing diagnosis. Expected truths from the meaning of each profile, not from the evaluator.
 */
class TestResultEvaluationTest {

    private static final Clock CLOCK =
            Clock.fixed(LocalDate.of(2026, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static Evaluation evaluate(String profileJson, String notation) {
        PatientProfile p = new PatientProfileReader(CLOCK).read(profileJson).profile();
        return new CriterionEvaluator(new PatientFacts(p, LocalDate.now(CLOCK))).evaluate(Notation.parse(notation));
    }

    @Test
    void aRequiredNegativeTestWithNoResultIsUnknownWithTheTestNamed() {
        // a profile with a history but no test: the absence of hepatitis B is not a negative HBsAg
        Evaluation e = evaluate("{\"age\":50,\"conditions\":[\"type 2 diabetes\"]}", "test(HBSAG) = negative");
        assertThat(e.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(e.missing()).singleElement().asString().contains("HBsAg").contains("result");
        assertThat(e.missing()).noneMatch(m -> m.contains("history of"));
        Evaluation tb = evaluate("{\"age\":50,\"conditions\":[\"Still's disease\"]}", "test(TB) = negative");
        assertThat(tb.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(tb.missing()).singleElement().asString().contains("tuberculosis test");
        // nor does the absence of HIV among the conditions make an HIV test negative
        assertThat(evaluate("{\"conditions\":[\"asthma\"]}", "test(HIV) = negative")
                        .truth())
                .isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void theProfilesResultDecides() {
        String p = "{\"tests\":{\"HBsAg\":\"negative\",\"anti-HCV\":\"positive\",\"HCV RNA\":\"not detected\"}}";
        assertThat(evaluate(p, "test(HBSAG) = negative").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate(p, "test(HBSAG) = positive").truth()).isEqualTo(Truth.FALSE);
        assertThat(evaluate(p, "and(test(HCV_AB) = positive, test(HCV_RNA) = negative)")
                        .truth())
                .isEqualTo(Truth.TRUE);
        // an exclusion "HBsAg positive or HBV DNA > 2000": the negative HBsAg decides nothing alone
        assertThat(evaluate(p, "or(test(HBSAG) = positive, lab(HBV_DNA) > 2000 [iU]/mL)")
                        .truth())
                .isEqualTo(Truth.UNKNOWN);
        Evaluation e = evaluate(p, "test(HBSAG) = negative");
        assertThat(e.facts()).containsExactly("test HBsAg negative");
    }

    @Test
    void pregnancyTestResultsAreDerivedFromSexAndPregnancyAndSaySo() {
        Evaluation male = evaluate("{\"sex\":\"male\"}", "test(PREGNANCY) = negative");
        assertThat(male.truth()).isEqualTo(Truth.TRUE);
        assertThat(male.facts()).singleElement().asString().contains("sex male");
        assertThat(evaluate("{\"sex\":\"male\"}", "test(PREGNANCY) = positive").truth())
                .isEqualTo(Truth.FALSE);
        Evaluation notPregnant = evaluate("{\"sex\":\"female\",\"pregnant\":false}", "test(PREGNANCY) = negative");
        assertThat(notPregnant.truth()).isEqualTo(Truth.TRUE);
        assertThat(notPregnant.facts()).singleElement().asString().contains("pregnant: false");
        assertThat(evaluate("{\"sex\":\"female\",\"pregnant\":true}", "test(PREGNANCY) = positive")
                        .truth())
                .isEqualTo(Truth.TRUE);
        assertThat(evaluate("{\"sex\":\"female\"}", "test(PREGNANCY) = negative")
                        .truth())
                .isEqualTo(Truth.UNKNOWN);
        // the profile's own test beats a derivation
        assertThat(evaluate(
                                "{\"sex\":\"female\",\"pregnant\":false,\"tests\":{\"beta-hCG\":\"positive\"}}",
                                "test(PREGNANCY) = negative")
                        .truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void aKnownHivInfectionMakesTheHivTestPositive() {
        Evaluation e = evaluate("{\"conditions\":[\"HIV infection\",\"lymphoma\"]}", "test(HIV) = positive");
        assertThat(e.truth()).isEqualTo(Truth.TRUE);
        assertThat(e.facts()).singleElement().asString().contains("HIV infection");
        assertThat(evaluate("{\"conditions\":[\"HIV infection\"]}", "test(HIV) = negative")
                        .truth())
                .isEqualTo(Truth.FALSE);
        // words that mention HIV without being the infection decide nothing
        assertThat(evaluate("{\"conditions\":[\"HIV negative\"]}", "test(HIV) = positive")
                        .truth())
                .isEqualTo(Truth.UNKNOWN);
        assertThat(evaluate("{\"conditions\":[\"HIV pre-exposure prophylaxis\"]}", "test(HIV) = positive")
                        .truth())
                .isEqualTo(Truth.UNKNOWN);
        // a hepatitis B diagnosis does not say what today's HBsAg is (a past infection has cleared it)
        assertThat(evaluate("{\"conditions\":[\"hepatitis B\"]}", "test(HBSAG) = positive")
                        .truth())
                .isEqualTo(Truth.UNKNOWN);
    }
}
