package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;

/**
 * "Significant" narrows what it stands before, as "clinically significant" does (the labelling rules of
 * eligibility/labelled/README.md): a mild or past episode is not excluded by it. Texts from the repository sample,
 * found by a hand audit of read items outside the labelled set.
 */
class SignificantQualifierTest {
    private static String exclusion(String text) {
        return Notation.print(CriterionParser.parse(text, Section.EXCLUSION));
    }

    @Test
    void significantKeepsAnUnreadPartBesideTheDiagnosis() {
        // NCT00282607 exclusion
        assertThat(exclusion("Has a history of significant psychiatric disorder."))
                .isEqualTo("and(diagnosis(psychiatric_disorder), not_computable)");
        // NCT05907980 exclusion
        assertThat(exclusion("Active or history of clinically significant autoimmune disease"))
                .isEqualTo("and(diagnosis(autoimmune_disease), not_computable)");
        // without the word, the diagnosis stands alone
        assertThat(exclusion("Has a history of psychiatric disorder.")).isEqualTo("diagnosis(psychiatric_disorder)");
    }
}
