package org.trialfinder.eligibility.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Group names as real records write them (texts from the repository sample), read by hand. */
class GroupLabelTest {

    @Test
    void aLineThatIsOnlyAGroupsNameIsAHeading() {
        assertThat(GroupLabel.line("Group 1"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("group 1"));
        assertThat(GroupLabel.line("Group 1 and 2"))
                .hasValueSatisfying(l -> assertThat(l.names()).containsExactly("Group 1", "Group 2"));
        assertThat(GroupLabel.line("Cohort A (dose escalation):"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("cohort A"));
        assertThat(GroupLabel.line("Part 1 – expansion"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("part 1"));
        assertThat(GroupLabel.line("Dose Expansion Phase:"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("dose expansion"));
    }

    @Test
    void aGroupsNameFollowedByACriterionIsNoHeading() {
        assertThat(GroupLabel.line("Part 2 - Histologically or cytologically confirmed pancreatic adenocarcinoma"))
                .isEmpty();
        assertThat(GroupLabel.line("Arm or leg amputation")).isEmpty();
        assertThat(GroupLabel.line("Group of patients with diabetes")).isEmpty();
        assertThat(GroupLabel.line("Participation in another study")).isEmpty();
    }

    @Test
    void aGroupsNameBeforeAnItemLimitsItToThatGroup() {
        assertThat(GroupLabel.prefix("Cohort 2 only： Presence of other gene mutations"))
                .hasValueSatisfying(l -> {
                    assertThat(l.keys()).containsExactly("cohort 2");
                    assertThat("Cohort 2 only： Presence of other gene mutations".substring(l.end()))
                            .isEqualTo("Presence of other gene mutations");
                });
        assertThat(GroupLabel.prefix("Arm B: Participants must have received a necessary azole antifungal"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("arm B"));
        assertThat(GroupLabel.prefix("Part 1 - Histologically or cytologically confirmed pancreatic adenocarcinoma"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("part 1"));
        assertThat(GroupLabel.prefix("b) Cohorts 2-4: ≥ 28 days to < 18 years of age"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("cohort 2", "cohort 3", "cohort 4"));
        assertThat(GroupLabel.prefix("SUB-STUDY B: Estrogen receptor positive"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("sub-study B"));
        assertThat(GroupLabel.prefix("For group 1: Patients (age ≥ 21) have established sexual relationship"))
                .hasValueSatisfying(l -> assertThat(l.keys()).containsExactly("group 1"));
    }

    @Test
    void criteriaThatMerelyMentionAGroupAreNotLimitedToIt() {
        assertThat(GroupLabel.prefix("Patients in the control group must not smoke"))
                .isEmpty();
        assertThat(GroupLabel.prefix("Arm or leg amputation: any")).isEmpty();
        assertThat(GroupLabel.prefix("Age 18 or older (cohort 2 allows 16)")).isEmpty();
        assertThat(GroupLabel.prefix("Cohort 2"))
                .as("a name alone is a heading, not a prefix")
                .isEmpty();
    }
}
