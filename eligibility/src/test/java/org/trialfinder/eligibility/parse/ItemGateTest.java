package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.UnreadReason;

/** ItemGate works on the item's text: what it refuses, and why. */
class ItemGateTest {

    @Test
    void refusesBlankUnfinishedAndPermissionsWithTheirReasons() {
        assertThat(ItemGate.refuse("  ")).contains(UnreadReason.EMPTY);
        assertThat(ItemGate.refuse("Female patients who:")).contains(UnreadReason.UNFINISHED_SENTENCE);
        assertThat(ItemGate.refuse("Pregnant and nursing people are eligible to participate"))
                .contains(UnreadReason.PERMISSION);
        assertThat(ItemGate.refuse("Patients on warfarin may be enrolled")).contains(UnreadReason.PERMISSION);
    }

    @Test
    void letsCriteriaThrough() {
        assertThat(ItemGate.refuse("Pregnant or breastfeeding women")).isEmpty();
        assertThat(ItemGate.refuse("Patients with a history of stroke")).isEmpty();
    }
}
