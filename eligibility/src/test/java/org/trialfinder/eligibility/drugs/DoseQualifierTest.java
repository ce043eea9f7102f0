package org.trialfinder.eligibility.drugs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Doses written after a therapy, and what is not only a dose. */
class DoseQualifierTest {

    @Test
    void readsDosesAsCriteriaWriteThem() {
        assertThat(DoseQualifier.isDose("> 10 mg/day prednisone equivalent")).isTrue();
        assertThat(DoseQualifier.isDose("(> 10 mg/day of prednisone or equivalent)"))
                .isTrue();
        assertThat(DoseQualifier.isDose("at a dose of ≥ 20 mg daily")).isTrue();
        assertThat(DoseQualifier.isDose("of more than 10 mg prednisolone or equivalent"))
                .isTrue();
        assertThat(DoseQualifier.isDose("≥ 2 mg/kg/day")).isTrue();
    }

    @Test
    void moreThanADoseIsNot() {
        assertThat(DoseQualifier.isDose("for more than 2 weeks")).isFalse();
        assertThat(DoseQualifier.isDose("> 10 mg/day for asthma")).isFalse();
        assertThat(DoseQualifier.isDose("within 14 days")).isFalse();
        assertThat(DoseQualifier.isDose("")).isFalse();
        assertThat(DoseQualifier.doseEnd("steroids for asthma", 8)).isEqualTo(-1);
        assertThat(DoseQualifier.doseEnd("steroids > 10 mg/day for asthma", 8)).isEqualTo(20);
    }
}
