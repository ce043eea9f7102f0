package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;

/**
 * The tests added to notation-12 §1 after the first eight: anti-HBs ({@code ANTI_HBS}), syphilis serology
 * ({@code SYPHILIS}: treponemal antibody, RPR, VDRL) and SARS-CoV-2 infection tests ({@code SARS_COV_2}: PCR or
 * antigen, never an antibody test), in real criteria items of the repository sample (NCT ids beside them).
 * Expected results from each text.
 */
class SerologyTestWordsTest {

    private static List<String> read(String text) {
        return TestResultWords.find(text).stream()
                .map(f -> Notation.print(f.criterion()))
                .toList();
    }

    /** NCT05798663 inclusion 15: HBsAb both positive and negative in one item. */
    @Test
    void hepatitisBSurfaceAntibody() {
        assertThat(read("Positive hepatitis B surface antibody (HBsAb) test at screening, or negative HBsAb at"
                        + " screening accompanied by either of the following:"))
                .containsExactly("test(ANTI_HBS) = positive", "test(ANTI_HBS) = negative");
    }

    /** NCT05536349 exclusion: anti-HBs beside HBsAg and anti-HBc, each its own test. */
    @Test
    void surfaceAntibodyIsNotSurfaceAntigen() {
        assertThat(read("Patients with serologic evidence of prior vaccination (HBsAg negative, anti-HBs antibody"
                        + " positive, anti-HBc negative) are eligible"))
                .containsExactly("test(HBSAG) = negative", "test(ANTI_HBS) = positive", "test(ANTI_HBC) = negative");
    }

    /** NCT05316428 exclusion: the treponemal antibody (anti-TP) named with its result. */
    @Test
    void treponemaPallidumAntibody() {
        assertThat(read("Human immunodeficiency virus antibody (HIV), hepatitis C virus antibody (anti-HCV), hepatitis"
                        + " B surface antigen (HBsAg), treponema pallidum antibody (anti-TP) positive;"))
                .contains("test(SYPHILIS) = positive");
    }

    /** NCT04573062 inclusion: a COVID-19 PCR, a test by its name. */
    @Test
    void covidPcr() {
        assertThat(read(
                        "Laboratory documentation of a positive COVID-19 PCR, NAA, or other EUA Approved test to confirm"
                                + " active COVID infection at the time of the SARS-CoV-2 infection."))
                .containsExactly("test(SARS_COV_2) = positive");
    }

    /** COVID-19 is the disease: "tested positive for COVID-19" is left to the condition reader (issue 12 point 6). */
    @Test
    void theDiseaseNameIsNoTest() {
        assertThat(read("Known to have tested positive for COVID-19")).isEmpty();
    }

    /** An antibody says past infection or vaccination, not a current infection: never the SARS_COV_2 test. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                // NCT03156790 inclusion
                "The subject shows no evidence of a current infection with SARS-CoV-2 (as diagnosed by thorax"
                        + " tomography or PCR test or test for anti-SARS-CoV-2 antibodies).",
                "Positive SARS-CoV-2 antibody test"
            })
    void anAntibodyTestIsNotAnInfectionTest(String text) {
        assertThat(read(text)).isEmpty();
    }

    /** A syphilis diagnosis without a result stays a diagnosis (NCT05321940 exclusion). */
    @Test
    void syphilisWithoutAResultIsNoTestResult() {
        assertThat(read("Active or latent syphilis.")).isEmpty();
        assertThat(Notation.print(CriterionParser.parse("Active or latent syphilis.", Section.EXCLUSION)))
                .doesNotContain("test(");
    }

    /** NCT05897541 inclusion 5, the whole item: a negative SARS-CoV-2 test, the specimen words unread. */
    @Test
    void aNegativeSarsCov2ScreeningIsATestResult() {
        assertThat(Notation.print(CriterionParser.parse(
                        "Has a negative screening for SARS-CoV-2 infection, as determined by SARS-CoV-2 test (a nucleic"
                                + " acid amplification test or antigen test) from any respiratory tract specimen (for"
                                + " example, oropharyngeal, nasopharyngeal or nasal swab, or saliva).",
                        Section.INCLUSION)))
                .isEqualTo("or(test(SARS_COV_2) = negative, not_computable)");
    }
}
