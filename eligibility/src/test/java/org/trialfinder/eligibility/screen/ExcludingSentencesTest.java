package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.eligibility.parse.ExcludingSentence;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/**
 * Items that say in their own words who is excluded, in a criteria block with no inclusion or exclusion heading.
 * The texts are NCT00009659's (a legacy record of ../shared, in TREC 2021's pool): read without their closing words
 * they required diabetes and a malignancy, and excluded a patient judged eligible ({@code bench/run trec
 * --false-exclusions}, topic trec-202134).
 */
class ExcludingSentencesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String DIABETES =
            "Participants with a history of diabetes mellitus type I or II are not eligible.";
    private static final String MALIGNANCY =
            "Participants with a history of malignancy within the past 5 years are not eligible.";

    private static final Study TRIAL = StudyJson.parse("""
            {"protocolSection":{"identificationModule":{"nctId":"NCT00009659","briefTitle":"Bone loss"},
             "statusModule":{"overallStatus":"COMPLETED"},
             "eligibilityModule":{"eligibilityCriteria":"Participants must be female gender.\\n\\n%s\\n\\n%s",
              "sex":"FEMALE"}}}
            """.formatted(DIABETES, MALIGNANCY));

    private static PatientProfile patient(String conditions) {
        return new PatientProfileReader(CLOCK)
                .read("{\"age\":55,\"sex\":\"female\",\"conditions\":[" + conditions + "],\"asOf\":\"2026-11-01\"}")
                .profile();
    }

    private static ScreeningResult screen(PatientProfile p) {
        return new Prescreener(new TrialCompiler(), CLOCK).screen(p, TRIAL);
    }

    @Test
    void aPatientWithoutDiabetesIsNotExcludedForWantOfIt() {
        ScreeningResult r = screen(patient("\"osteopenia\""));
        assertThat(r.failed()).extracting(CriterionResult::text).doesNotContain(DIABETES, MALIGNANCY);
        assertThat(r.verdict()).isNotEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aPatientWithType2DiabetesIsExcludedByThatSentence() {
        ScreeningResult r = screen(patient("\"type 2 diabetes mellitus\""));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(r.failed()).extracting(CriterionResult::text).containsExactly(DIABETES);
    }

    @Test
    void onlyAClosingClauseSaysWhoIsExcluded() {
        for (String excluding : List.of(
                DIABETES,
                "Patients with active hepatitis B will be excluded from the study.",
                "Pregnant women are ineligible;",
                "Smokers are excluded")) {
            assertThat(ExcludingSentence.excludes(excluding)).as(excluding).isTrue();
        }
        for (String population : List.of(
                "Patients who are not eligible for autologous transplant",
                "Patients who were irradiated to ≥ 40% of bone marrow are not eligible for surgery",
                "Patients not eligible for curative treatment are included.",
                "Women who are excluded from other trials may enrol")) {
            assertThat(ExcludingSentence.excludes(population)).as(population).isFalse();
        }
    }
}
