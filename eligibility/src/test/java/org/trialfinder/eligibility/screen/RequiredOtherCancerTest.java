package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;

/** Where "another cancer" stays read and where it is left unread, on trees in the notation. */
class RequiredOtherCancerTest {
    private static String weaken(String notation, Section section) {
        Criterion tree = Notation.parse(notation);
        return Notation.print(RequiredOtherCancer.weaken(tree, section));
    }

    @Test
    void requiredInAnInclusionOrUnderNoHeadingItIsLeftUnread() {
        // "18-21 year old with a previous cancer diagnosis" (NCT00525655, SIGIR 2016's pool)
        assertThat(weaken("and(age >= 18 a, age <= 21 a, diagnosis(second_malignancy))", Section.INCLUSION))
                .isEqualTo("and(age >= 18 a, age <= 21 a, not_computable)");
        assertThat(weaken("within(5 a, diagnosis(second_malignancy))", Section.UNSPECIFIED))
                .isEqualTo("within(5 a, not_computable)");
    }

    @Test
    void ruledOutOrInAnExclusionItStays() {
        assertThat(weaken("not(within(5 a, diagnosis(second_malignancy)))", Section.INCLUSION))
                .isEqualTo("not(within(5 a, diagnosis(second_malignancy)))");
        assertThat(weaken("diagnosis(second_malignancy)", Section.EXCLUSION)).isEqualTo("diagnosis(second_malignancy)");
        // a double negation requires it again
        assertThat(weaken("not(not(diagnosis(second_malignancy)))", Section.INCLUSION))
                .isEqualTo("not(not(not_computable))");
        // other diagnoses are untouched
        assertThat(weaken("diagnosis(diabetes)", Section.INCLUSION)).isEqualTo("diagnosis(diabetes)");
    }
}
