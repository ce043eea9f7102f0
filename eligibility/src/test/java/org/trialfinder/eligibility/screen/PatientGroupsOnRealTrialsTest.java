package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.Study;

/**
 * NCT01929941 (repository sample) writes its inclusion criteria under "Group 1" and "Group 2", Group 2's in
 * "Part 1" and "Part 2", and its exclusions under "Group 1 and 2". Read by hand: Group 1 requires a life
 * expectancy of 12 weeks or longer (inclusion 3); Group 2 / Part 2 requires pancreatic adenocarcinoma
 * (inclusion 9); both groups exclude ECOG ≥ 2 (exclusion 6). A patient who fails one group's criterion still
 * qualifies through the other group; one who fails a criterion of both groups does not.
 */
class PatientGroupsOnRealTrialsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static CompiledTrial trial;

    @BeforeAll
    static void load() throws IOException {
        Study study = CompiledTrialCodecTest.sample().stream()
                .filter(s -> s.nctId().equals("NCT01929941"))
                .findFirst()
                .orElseThrow();
        trial = TrialCompiler.compileUncached(study);
    }

    private static ScreeningResult screen(String json) {
        PatientProfile p = new PatientProfileReader(CLOCK).read(json).profile();
        return new Prescreener(new TrialCompiler(), CLOCK).screen(p, trial);
    }

    @Test
    void aPatientWhoFailsGroupOnesCriterionStillQualifiesThroughGroupTwo() {
        ScreeningResult r = screen("{\"age\":60,\"sex\":\"female\",\"conditions\":[\"pancreatic adenocarcinoma\"],"
                + "\"lifeExpectancyMonths\":1.5,\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":1}}");
        // before groups were read, Group 1's life expectancy applied to everyone and excluded this patient
        assertThat(r.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        assertThat(r.failed()).isEmpty();
        assertThat(r.groups())
                .extracting(GroupVerdict::group)
                .containsExactly("Group 1", "Group 2 / Part 1", "Group 2 / Part 2");
        GroupVerdict group1 = r.groups().get(0);
        assertThat(group1.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(group1.failed()).containsExactly("inclusion 3");
        assertThat(r.groups().get(2).verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        assertThat(r.criteria())
                .filteredOn(c -> c.index().equals("3") && c.section().equals("inclusion"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(Outcome.NOT_MET);
                    assertThat(c.groups()).containsExactly("Group 1");
                });
    }

    @Test
    void aCriterionOfEveryGroupExcludesWithEachGroupsReason() {
        ScreeningResult r = screen("{\"age\":60,\"sex\":\"female\",\"conditions\":[\"pancreatic adenocarcinoma\"],"
                + "\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":2}}");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(r.failed()).extracting(CriterionResult::index).containsExactly("6");
        assertThat(r.groups()).allSatisfy(g -> {
            assertThat(g.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
            assertThat(g.failed()).contains("exclusion 6");
        });
    }

    @Test
    void theGroupHeadingsAreNotCriteria() {
        assertThat(trial.criteria())
                .noneMatch(c -> c.text().equals("Group 1") || c.text().equals("Group 1 and 2"));
        assertThat(trial.criteria())
                .filteredOn(c -> c.sectionWord().equals("exclusion"))
                .allSatisfy(c -> assertThat(c.groups()).containsExactly("group 1", "group 2"));
    }
}
