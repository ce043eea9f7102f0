package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;

/**
 * Spellings narrower than the term they are read as, from real records of the repository sample (found by a
 * hand audit of read items outside the labelled set): never read as the broader term alone.
 */
class NarrowerSpellingsTest {
    private static String exclusion(String text) {
        return Notation.print(CriterionParser.parse(text, Section.EXCLUSION));
    }

    @Test
    void oneOrgansTransplantIsNotAnyOrgansTransplant() {
        assertThat(NarrowerSpellings.narrower("organ_transplant", "heart transplantation"))
                .isTrue();
        assertThat(NarrowerSpellings.narrower("organ_transplant", "Kidney transplant"))
                .isTrue();
        assertThat(NarrowerSpellings.narrower("organ_transplant", "solid organ transplant"))
                .isFalse();
        // NCT06149143 exclusion: "Previous Heart Transplant"
        assertThat(exclusion("Previous Heart Transplant")).isEqualTo("and(therapy(organ_transplant), not_computable)");
        assertThat(exclusion("History of organ transplantation")).isEqualTo("therapy(organ_transplant)");
        // NCT05818137: the narrowness is no licence to leave other words unread
        assertThat(exclusion("Is on the waiting list for lung transplant")).isEqualTo("not_computable");
    }

    @Test
    void alcoholismIsNotEverySubstanceUseDisorder() {
        assertThat(NarrowerSpellings.narrower("substance_abuse", "alcoholism")).isTrue();
        assertThat(NarrowerSpellings.narrower("substance_abuse", "alcohol dependence"))
                .isTrue();
        assertThat(NarrowerSpellings.narrower("substance_abuse", "drug abuse")).isTrue();
        assertThat(NarrowerSpellings.narrower("substance_abuse", "alcohol or drug abuse"))
                .isFalse();
        assertThat(NarrowerSpellings.narrower("substance_abuse", "substance abuse"))
                .isFalse();
        // NCT01589588 exclusion: "alcohol abuse"; NCT01220206: "History of alcoholism within the previous 2 years"
        assertThat(exclusion("alcohol abuse")).isEqualTo("and(diagnosis(substance_abuse), not_computable)");
        assertThat(exclusion("History of alcoholism within the previous 2 years"))
                .isNotEqualTo("within(2 a, diagnosis(substance_abuse))");
        assertThat(exclusion("Alcohol or drug abuse")).isEqualTo("diagnosis(substance_abuse)");
    }
}
