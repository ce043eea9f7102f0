package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatientGroupsTest {

    @Test
    void theAlternativesAreTheGroupsNoOtherRefines() {
        PatientGroups g = PatientGroups.of(List.of(
                List.of("group 1"),
                List.of("group 2"),
                List.of("group 2/part 1"),
                List.of("group 2/part 2"),
                List.of("group 1", "group 2")));
        assertThat(g.alternatives()).containsExactly("group 1", "group 2/part 1", "group 2/part 2");
        assertThat(g.name("group 2/part 1")).isEqualTo("Group 2 / Part 1");
    }

    @Test
    void aCriterionAppliesToItsGroupAndTheGroupsInsideIt() {
        assertThat(PatientGroups.applies(List.of(), "cohort 2")).isTrue();
        assertThat(PatientGroups.applies(List.of("group 2"), "group 2/part 1")).isTrue();
        assertThat(PatientGroups.applies(List.of("group 2/part 1"), "group 2/part 2"))
                .isFalse();
        assertThat(PatientGroups.applies(List.of("group 2"), "group 20")).isFalse();
        assertThat(PatientGroups.applies(List.of("cohort 1", "cohort 2"), "cohort 2"))
                .isTrue();
    }

    @Test
    void aSingleNamedGroupLeavesTheOtherPatientsAsAnAlternative() {
        PatientGroups g = PatientGroups.of(List.of(List.of("part 2")));
        assertThat(g.alternatives()).containsExactly("part 2", PatientGroups.OUTSIDE);
        assertThat(PatientGroups.applies(List.of("part 2"), PatientGroups.OUTSIDE))
                .isFalse();
        assertThat(g.name(PatientGroups.OUTSIDE)).isEqualTo("patients outside Part 2");
    }

    @Test
    void noGroupsNoAlternatives() {
        assertThat(PatientGroups.of(List.of()).any()).isFalse();
    }
}
