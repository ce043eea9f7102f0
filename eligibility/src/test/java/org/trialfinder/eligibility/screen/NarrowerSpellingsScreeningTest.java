package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.StudyJson;

/**
 * "Previous Heart Transplant" (NCT06149143's exclusion) against "History of organ transplantation" for a kidney
 * recipient: the organ's own name never excludes a recipient of another organ.
 */
class NarrowerSpellingsScreeningTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String TRIAL = """
            {"protocolSection":{"identificationModule":{"nctId":"NCT06149143","briefTitle":"Heart"},
             "statusModule":{"overallStatus":"RECRUITING"},
             "eligibilityModule":{"eligibilityCriteria":"Exclusion Criteria:\\n\\n* %s","sex":"ALL"}}}
            """;

    private static Outcome outcome(String exclusion, String treatments) {
        PatientProfile p = new PatientProfileReader(CLOCK)
                .read("{\"age\":60,\"sex\":\"male\",\"treatments\":[" + treatments + "],\"asOf\":\"2026-11-01\"}")
                .profile();
        ScreeningResult r =
                new Prescreener(new TrialCompiler(), CLOCK).screen(p, StudyJson.parse(TRIAL.formatted(exclusion)));
        return r.criteria().stream()
                .filter(c -> c.section().equals("exclusion"))
                .findFirst()
                .orElseThrow()
                .outcome();
    }

    @Test
    void aKidneyRecipientIsExcludedByAnyOrgansTransplantButNotByTheHeartsAlone() {
        String kidney = "{\"name\":\"kidney transplant\",\"date\":\"2019-05-01\"}";
        assertThat(outcome("History of organ transplantation", kidney)).isEqualTo(Outcome.MET);
        assertThat(outcome("Previous Heart Transplant", kidney)).isEqualTo(Outcome.NOT_COMPUTABLE);
    }
}
