package org.trialfinder.model.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyWordingTest {

    @Test
    void readsTheClassicWordingAndItsVariantsExactly() {
        assertThat(LegacyWording.fromLegacy(OverallStatus.class, "Not yet recruiting"))
                .contains(OverallStatus.NOT_YET_RECRUITING);
        assertThat(LegacyWording.fromLegacy(Phase.class, "Not Applicable")).contains(Phase.NA);
        assertThat(LegacyWording.fromLegacy(Phase.class, "N/A")).contains(Phase.NA);
        assertThat(LegacyWording.fromLegacy(DateType.class, "Anticipated")).contains(DateType.ESTIMATED);
        assertThat(LegacyWording.fromLegacy(OverallStatus.class, "not yet recruiting"))
                .isEmpty();
        assertThat(LegacyWording.fromLegacy(OverallStatus.class, null)).isEmpty();
    }

    @Test
    void theWordingIsTheClassicSitesNotTheConstantsName() {
        assertThat(Phase.PHASE1.legacy()).isEqualTo("Phase 1");
        assertThat(OverallStatus.UNKNOWN.legacy()).isEqualTo("Unknown status");
        assertThat(AgencyClass.FED.legacy()).isEqualTo("U.S. Fed");
        assertThat(DesignMasking.NONE.legacyVariants()).containsExactly("None");
        assertThat(Sex.ALL.legacyVariants()).isEmpty();
    }
}
