package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trialfinder.eligibility.criterion.CatalogUnits;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;

/**
 * The parser's cases, run alike for every set of them: a subclass gives the static sources
 * {@code inclusions()} and {@code exclusions()} (the text and the expected tree in the notation) and
 * {@code unreadable()} (texts that must stay not computable). A parsed tree must be equivalent to the
 * expected one (units converted, and/or order ignored) and carry the span it was read from.
 */
abstract class CriterionParserHarness {
    private static final Equivalence SAME = new Equivalence(CatalogUnits.INSTANCE);

    @ParameterizedTest(name = "inclusion: {0}")
    @MethodSource("inclusions")
    void readsInclusion(String text, String expected) {
        check(text, Section.INCLUSION, expected);
    }

    @ParameterizedTest(name = "exclusion: {0}")
    @MethodSource("exclusions")
    void readsExclusion(String text, String expected) {
        check(text, Section.EXCLUSION, expected);
    }

    /** Never guessed: what the notation cannot say exactly stays not computable. */
    @ParameterizedTest(name = "not computable: {0}")
    @MethodSource("unreadable")
    void keepsUnreadableTextNotComputable(String text) {
        Criterion c = CriterionParser.parse(text, Section.INCLUSION);
        assertThat(c.computable()).as(Notation.print(c)).isFalse();
    }

    private static void check(String text, Section section, String expected) {
        Criterion parsed = CriterionParser.parse(text, section);
        assertThat(SAME.equivalent(parsed, Notation.parse(expected)))
                .as("%s%n  parsed   %s%n  expected %s", text, Notation.print(parsed), expected)
                .isTrue();
        assertThat(parsed.span().start()).isGreaterThanOrEqualTo(0);
    }
}
