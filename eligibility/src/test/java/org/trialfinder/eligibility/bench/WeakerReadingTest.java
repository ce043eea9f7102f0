package org.trialfinder.eligibility.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.CatalogUnits;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.Notation;

/** A reading weaker than its label is the label with parts left unread; anything that decides otherwise is not. */
class WeakerReadingTest {
    private static final WeakerReading WEAKER = new WeakerReading(new Equivalence(CatalogUnits.INSTANCE));

    private static boolean weaker(String parsed, String label) {
        return WEAKER.weaker(Notation.parse(parsed), Notation.parse(label));
    }

    @Test
    void partsLeftUnreadAreWeaker() {
        assertThat(weaker(
                        "and(lab(ANC) >= 1500 /uL, not_computable)",
                        "and(lab(ANC) >= 1.5 10*9/L, lab(HEMOGLOBIN) >= 9 g/dL)"))
                .isTrue();
        assertThat(weaker("and(lab(ANC) >= 0.75 10*9/L, not_computable)", "lab(ANC) >= 0.75 10*9/L"))
                .isTrue();
        assertThat(weaker(
                        "or(therapy(organ_transplant), not_computable)",
                        "or(diagnosis(hiv), therapy(organ_transplant))"))
                .isTrue();
        assertThat(weaker("not(or(pregnant, not_computable))", "not(or(pregnant, lactating))"))
                .isTrue();
        assertThat(weaker("not_computable", "pregnant")).isTrue();
        assertThat(weaker("and(not(pregnant), not(lactating), not_computable)", "not(or(pregnant, lactating))"))
                .isTrue();
    }

    @Test
    void aReadingThatCanDecideOtherwiseIsNot() {
        // a part dropped without an unread part in its place decides where the label would not
        assertThat(weaker("lab(ANC) >= 1.5 10*9/L", "and(lab(ANC) >= 1.5 10*9/L, lab(HEMOGLOBIN) >= 9 g/dL)"))
                .isFalse();
        assertThat(weaker(
                        "or(lab(QTC) >= 450 ms, not_computable)",
                        "or(and(sex = male, lab(QTC) >= 450 ms), and(sex = female, lab(QTC) >= 470 ms))"))
                .isFalse();
        assertThat(weaker("and(pregnant, not_computable)", "or(pregnant, lactating)"))
                .isFalse();
        assertThat(weaker("lab(ANC) >= 1 10*9/L", "lab(ANC) >= 1.5 10*9/L")).isFalse();
    }
}
