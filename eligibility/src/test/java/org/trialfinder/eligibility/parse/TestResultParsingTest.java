package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.trialfinder.eligibility.criterion.CatalogUnits;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;

/**
 * Test results are read as results (issue 12, notation §1), never as diagnoses: a required negative test
 * is {@code test(KEY) = negative}, not "without the disease". Expected trees are written from the item
 * texts (several from real records of the sample) and the notation additions, not from the parser.
 */
class TestResultParsingTest extends CriterionParserHarness {
    private static final Equivalence SAME = new Equivalence(CatalogUnits.INSTANCE);

    static Stream<Arguments> inclusions() {
        return Stream.of(
                // NCT05814159: read as a tuberculosis diagnosis before, which excluded every patient
                Arguments.of(
                        "The result of tuberculosis test within 8 weeks prior to enrollment is negative.",
                        "test(TB) = negative"),
                Arguments.of(
                        "Negative hepatitis B surface antigen (HBsAg) test at screening", "test(HBSAG) = negative"),
                Arguments.of("Negative serum pregnancy test", "test(PREGNANCY) = negative"),
                Arguments.of(
                        "Negative urine or serum pregnancy test within 7 days before the first dose",
                        "test(PREGNANCY) = negative"),
                Arguments.of("Beta-hCG negative", "test(PREGNANCY) = negative"),
                Arguments.of("HBsAg negative", "test(HBSAG) = negative"),
                Arguments.of("HIV test negative", "test(HIV) = negative"),
                Arguments.of("Negative test for HIV", "test(HIV) = negative"),
                Arguments.of("HCV RNA undetectable", "test(HCV_RNA) = negative"),
                Arguments.of("Negative QuantiFERON-TB Gold test", "test(TB) = negative"),
                Arguments.of("IGRA negative", "test(TB) = negative"),
                Arguments.of("Negative PPD skin test", "test(TB) = negative"),
                Arguments.of("Negative total hepatitis B core antibody (HBcAb)", "test(ANTI_HBC) = negative"),
                Arguments.of(
                        "HCV antibody positive with undetectable HCV RNA",
                        "and(test(HCV_AB) = positive, test(HCV_RNA) = negative)"),
                Arguments.of(
                        "Women of childbearing potential must have a negative pregnancy test",
                        "if(childbearing_potential, test(PREGNANCY) = negative)"),
                Arguments.of("Age 18 years or older, HBsAg negative", "and(age >= 18 a, test(HBSAG) = negative)"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of("HBsAg positive", "test(HBSAG) = positive"),
                Arguments.of("HBsAg (+)", "test(HBSAG) = positive"),
                Arguments.of("HIV antibody positive", "test(HIV) = positive"),
                Arguments.of("anti-HCV positive", "test(HCV_AB) = positive"),
                Arguments.of("HCV RNA detectable", "test(HCV_RNA) = positive"),
                Arguments.of("HBV DNA detectable", "test(HBV_DNA) = positive"),
                Arguments.of("Positive pregnancy test", "test(PREGNANCY) = positive"),
                Arguments.of("Positive serum or urine pregnancy test", "test(PREGNANCY) = positive"),
                Arguments.of("IGRA positive", "test(TB) = positive"),
                Arguments.of("QuantiFERON positive", "test(TB) = positive"),
                Arguments.of("T-SPOT positive", "test(TB) = positive"),
                Arguments.of("PPD positive", "test(TB) = positive"),
                Arguments.of("Positive tuberculin skin test", "test(TB) = positive"),
                Arguments.of(
                        "HBsAg positive or HBV DNA > 2000 IU/mL",
                        "or(test(HBSAG) = positive, lab(HBV_DNA) > 2000 [iU]/mL)"),
                Arguments.of("Active hepatitis B (HBsAg positive)", "test(HBSAG) = positive"),
                Arguments.of(
                        "Positive testing for human immunodeficiency virus (HIV), hepatitis B surface antigen (HBsAg), or"
                                + " hepatitis C antibodies (HCV) at screening.",
                        "or(test(HIV) = positive, test(HBSAG) = positive, test(HCV_AB) = positive)"),
                Arguments.of(
                        "Positive for HIV, HCV Ab, or HBsAg at screening;",
                        "or(test(HIV) = positive, test(HCV_AB) = positive, test(HBSAG) = positive)"),
                Arguments.of("Known to be HIV-positive", "test(HIV) = positive"),
                Arguments.of(
                        "HIV positive or active tuberculosis", "or(test(HIV) = positive, diagnosis(tuberculosis))"),
                Arguments.of(
                        "History of hepatitis B surface antigen or hepatitis C antibody positive",
                        "or(test(HBSAG) = positive, test(HCV_AB) = positive)"),
                Arguments.of(
                        "Known to be positive for hepatitis BsAg, hepatitis C antibody or HIV antibody.",
                        "or(test(HBSAG) = positive, test(HCV_AB) = positive, test(HIV) = positive)"),
                Arguments.of("HCV RNA [qualitative] is detected", "test(HCV_RNA) = positive"),
                Arguments.of(
                        "Active hepatitis C infection (defined as detectable hepatitis C RNA in plasma by PCR)",
                        "test(HCV_RNA) = positive"),
                Arguments.of("Known HIV infection", "diagnosis(hiv)"),
                Arguments.of("Active hepatitis B", "diagnosis(hepatitis_b)"));
    }

    /** Never stronger than the text: a reading that drops or reverses a part is worse than none. */
    @Test
    void aPartlyReadItemIsNotReadAsItsDefinitionAlone() {
        Criterion c = CriterionParser.parse(
                "Known primary immunodeficiency or active HIV (positive HIV 1/2 antibodies)", Section.EXCLUSION);
        assertThat(SAME.equivalent(c, Notation.parse("test(HIV) = positive")))
                .as(Notation.print(c))
                .isFalse();
        // a restatement ("must not be pregnant") in an exclusion is not an alternative that excludes the non-pregnant
        Criterion restated = CriterionParser.parse(
                "Positive pregnancy test; females must not be pregnant at enrollment", Section.EXCLUSION);
        assertThat(Notation.print(restated)).doesNotContain("not(pregnant)");
    }

    @Test
    void aViralLoadWithANumberStaysALab() {
        assertThat(Notation.print(CriterionParser.parse("HBV DNA > 2000 IU/mL", Section.EXCLUSION)))
                .isEqualTo("lab(HBV_DNA) > 2000 [iU]/mL");
        Criterion c = CriterionParser.parse("Positive HBsAg or HBV DNA above 2000 IU/mL", Section.EXCLUSION);
        assertThat(Notation.print(c)).doesNotContain("test(HBV_DNA)");
    }

    /**
     * Long lists of test names (the shape that made an unbounded list pattern backtrack for minutes) are read
     * in one pass, each name once.
     */
    @Test
    void longListsOfTestNamesAreReadOnce() {
        String names = "HBsAg or ".repeat(2_000) + "positive";
        assertThat(TestResultWords.find(names)).hasSizeLessThanOrEqualTo(2_000);
        String shared = "positive " + "HIV, ".repeat(4_000);
        assertThat(TestResultWords.find(shared)).hasSize(4_000);
        assertThat(CriterionParser.parse(shared, Section.EXCLUSION)).isNotNull();
    }

    static Stream<String> unreadable() {
        return Stream.of(
                "Two IGRA tests with indeterminate results (mitogen values <10 IU).",
                "HIV testing is not required unless mandated by the local health authority",
                "Lifetime history of suicide attempt during the current episode of PPD");
    }
}
