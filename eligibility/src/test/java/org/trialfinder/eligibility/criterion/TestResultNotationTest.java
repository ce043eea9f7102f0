package org.trialfinder.eligibility.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialfinder.model.text.TextSpan;

/**
 * {@code test(KEY) = positive|negative}, as the notation additions of issue 12 (§1) write it: every key,
 * both results, inside logic, with spans mapped; a result is not a diagnosis and not the other result.
 */
class TestResultNotationTest {

    private static final Equivalence SAME = new Equivalence(CatalogUnits.INSTANCE);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "test(HIV) = positive",
                "test(HBSAG) = negative",
                "test(ANTI_HBC) = positive",
                "test(HBV_DNA) = negative",
                "test(HCV_AB) = positive",
                "test(HCV_RNA) = positive",
                "test(TB) = negative",
                "test(PREGNANCY) = negative",
                "or(test(HBSAG) = positive, lab(HBV_DNA) > 2000 [iU]/mL)",
                "and(test(HCV_AB) = positive, test(HCV_RNA) = negative)",
                "within(8 wk, test(TB) = negative)"
            })
    void printsWhatItParses(String text) {
        Criterion c = Notation.parse(text);
        assertThat(Notation.print(c)).isEqualTo(text);
        assertThat(Notation.parse(Notation.print(c))).isEqualTo(c);
    }

    @Test
    void readsTheKeyAndResultAsWritten() {
        assertThat(Notation.parse("test(HBSAG) = positive"))
                .isEqualTo(new TestResultCheck(
                        TestResultCheck.Test.HBSAG, TestResultCheck.Result.POSITIVE, TextSpan.NONE));
        assertThat(Notation.parse("test( PREGNANCY )=negative"))
                .isEqualTo(new TestResultCheck(
                        TestResultCheck.Test.PREGNANCY, TestResultCheck.Result.NEGATIVE, TextSpan.NONE));
        assertThat(Notation.parse("test(tb) = negative")).isEqualTo(Notation.parse("test(TB) = negative"));
    }

    @Test
    void badTestNotationNamesWhatWasExpected() {
        assertThatThrownBy(() -> Notation.parse("test(HBEAG) = positive"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a test key")
                .hasMessageContaining("HBSAG");
        assertThatThrownBy(() -> Notation.parse("test(HIV) = reactive")).hasMessageContaining("positive or negative");
        assertThatThrownBy(() -> Notation.parse("test(HIV) positive")).hasMessageContaining("'='");
        assertThatThrownBy(() -> Notation.parse("test() = positive")).hasMessageContaining("a name inside ()");
    }

    @Test
    void equivalenceComparesTestAndResult() {
        assertThat(SAME.equivalent(
                        Notation.parse("or(test(HBSAG) = positive, test(HCV_RNA) = positive)"),
                        Notation.parse("or(test(HCV_RNA) = positive, test(HBSAG) = positive)")))
                .isTrue();
        assertThat(SAME.equivalent(Notation.parse("test(HBSAG) = positive"), Notation.parse("test(HBSAG) = negative")))
                .isFalse();
        assertThat(SAME.equivalent(
                        Notation.parse("test(HCV_AB) = positive"), Notation.parse("test(HCV_RNA) = positive")))
                .isFalse();
        assertThat(SAME.equivalent(Notation.parse("test(HIV) = positive"), Notation.parse("diagnosis(hiv)")))
                .isFalse();
        assertThat(SAME.equivalent(Notation.parse("test(PREGNANCY) = positive"), Notation.parse("pregnant")))
                .isFalse();
    }

    @Test
    void respanMapsTheSpanAndKeepsTheResult() {
        Criterion c = new TestResultCheck(TestResultCheck.Test.TB, TestResultCheck.Result.NEGATIVE, new TextSpan(3, 9));
        assertThat(Respan.map(c, s -> new TextSpan(s.start() + 100, s.end() + 100)))
                .isEqualTo(new TestResultCheck(
                        TestResultCheck.Test.TB, TestResultCheck.Result.NEGATIVE, new TextSpan(103, 109)));
        assertThat(c.computable()).isTrue();
        assertThat(c.partlyNotComputable()).isFalse();
    }
}
