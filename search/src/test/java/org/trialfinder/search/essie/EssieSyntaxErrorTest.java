package org.trialfinder.search.essie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EssieSyntaxErrorTest {

    private static EssieSyntaxException fail(String text) {
        try {
            EssieNode n = EssieParser.parse(text);
            throw new AssertionError("expected a syntax error for <" + text + "> but got " + n);
        } catch (EssieSyntaxException e) {
            assertThat(e.expression()).isEqualTo(text);
            if (!text.isBlank()) assertThat(e.getMessage()).contains("position " + e.position());
            return e;
        }
    }

    private static void assertError(String text, String message, int position) {
        EssieSyntaxException e = fail(text);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void unbalancedClosingParenthesis() {
        assertError("(head OR neck)) AND pain", "unbalanced \")\" at position 14 (no \"(\" opens it)", 14);
        assertError("heart attack OR x)", "unbalanced \")\" at position 17 (no \"(\" opens it)", 17);
        assertError(")", "unbalanced \")\" at position 0 (no \"(\" opens it)", 0);
    }

    @Test
    void missingClosingParenthesis() {
        assertError("a AND (b OR c", "missing \")\" for the \"(\" at position 6", 6);
        assertError("(", "missing \")\" for the \"(\" at position 0", 0);
        assertError("((a)", "missing \")\" for the \"(\" at position 0", 0);
    }

    @Test
    void emptyParentheses() {
        assertError("a AND ()", "empty parentheses at position 6", 6);
    }

    @Test
    void missingBracket() {
        assertError("AREA[Condition heart", "missing \"]\" after AREA[ at position 0", 0);
        assertError("(x OR RANGE[1, 2", "missing \"]\" after RANGE[ at position 6", 6);
        assertError("SEARCH[Location", "missing \"]\" after SEARCH[ at position 0", 0);
    }

    @Test
    void rangeNeedsTwoBounds() {
        assertError(
                "AREA[EnrollmentCount]RANGE[50]",
                "RANGE needs two bounds separated by a comma at position 21, e.g. RANGE[2020-01-01, MAX] (found RANGE[50])",
                21);
        assertThat(fail("RANGE[1,2,3]").getMessage())
                .startsWith("RANGE needs two bounds separated by a comma at position 0");
        assertError("RANGE[, 5]", "RANGE at position 0 has no lower bound (write MIN for none)", 0);
        assertError("RANGE[5 , ]", "RANGE at position 0 has no upper bound (write MAX for none)", 0);
    }

    @Test
    void badRangeBounds() {
        assertError(
                "RANGE[soon, MAX]",
                "RANGE bound \"soon\" at position 6 is not a date (2022-06-15), a number (2.5), an age (16 years), MIN or MAX",
                6);
        assertError("RANGE[MIN,  2022-13-01]", "RANGE bound \"2022-13-01\" at position 12 is not a valid date", 12);
        assertError("RANGE[2023-02-29, MAX]", "RANGE bound \"2023-02-29\" at position 6 is not a valid date", 6);
        assertError(
                "RANGE[5 fortnights, MAX]",
                "unknown age unit \"fortnights\" in RANGE at position 6 (allowed: years, months, weeks, days, hours, minutes)",
                6);
        assertThat(fail("RANGE[-5 years, MAX]").getMessage()).startsWith("an age cannot be negative");
        assertThat(fail("RANGE[1.2.3, MAX]").position()).isEqualTo(6);
    }

    @Test
    void binaryOperatorWithNothingOnItsLeft() {
        assertError("lung OR (AND x)", "AND at position 9 has nothing on its left", 9);
        assertError("AND cancer", "AND at position 0 has nothing on its left", 0);
        assertError("  OR cancer", "OR at position 2 has nothing on its left", 2);
    }

    @Test
    void danglingOperators() {
        assertError("lung cancer OR", "OR at position 12 has nothing on its right (the expression ends there)", 12);
        assertError(
                "lung cancer AND   ", "AND at position 12 has nothing on its right (the expression ends there)", 12);
        assertError("(a AND) b", "AND at position 3 has nothing on its right (found \")\" at position 6)", 3);
        assertError(
                "a AND OR b", "AND at position 2 is followed by OR at position 6: put a search term between them", 2);
        assertError("a OR OR b", "OR at position 2 is followed by OR at position 5: put a search term between them", 2);
    }

    @Test
    void prefixOperatorWithNothingToApplyTo() {
        assertError("cancer AND NOT", "NOT at position 11 has nothing to apply to (the expression ends there)", 11);
        assertError("NOT OR x", "NOT at position 0 has nothing to apply to (found OR at position 4)", 0);
        assertError(
                "AREA[Condition]",
                "AREA[Condition] at position 0 has nothing to apply to (the expression ends there)",
                0);
        assertError(
                "(AREA[Condition])",
                "AREA[Condition] at position 1 has nothing to apply to (found \")\" at position 16)",
                1);
        assertError(
                "SEARCH[Location]",
                "SEARCH[Location] at position 0 has nothing to apply to (the expression ends there)",
                0);
        assertError(
                "x AND EXPANSION[None] AND y",
                "EXPANSION[None] at position 6 has nothing to apply to (found AND at position 22)",
                6);
    }

    @Test
    void unterminatedPhrase() {
        assertError("lung \"cancer", "unterminated quoted phrase starting at position 5 (add the closing \")", 5);
        assertError(
                "\"escaped \\\" quote", "unterminated quoted phrase starting at position 0 (add the closing \")", 0);
    }

    @Test
    void emptyPhrase() {
        assertError("a OR \"  \"", "empty quoted phrase at position 5", 5);
    }

    @Test
    void unknownModifiers() {
        assertError(
                "EXPANSION[Fuzzy]cancer",
                "unknown modifier EXPANSION[Fuzzy] at position 0 (allowed: None, Term, Concept, Relaxation, Lossy)",
                0);
        assertError(
                "x AND COVERAGE[Exact]y",
                "unknown modifier COVERAGE[Exact] at position 6 (allowed: FullMatch, StartsWith, EndsWith, Contains)",
                6);
    }

    @Test
    void badNames() {
        assertError("AREA[]x", "AREA[] at position 0 needs a field or search area name, e.g. AREA[Condition]", 0);
        assertError(
                "AREA[Phase:count]2",
                "unknown AREA suffix \":count\" in AREA[Phase:count] at position 0 (allowed: AREA[Field:size])",
                0);
        assertThat(fail("AREA[Brief Title]x").getMessage())
                .isEqualTo(
                        "\"Brief Title\" in AREA[Brief Title] at position 0 is not a name: use letters, digits, '_', '.' or '-' "
                                + "(a field or search area name, e.g. AREA[Condition])");
        assertThat(fail("SEARCH[]x").getMessage()).startsWith("SEARCH[] at position 0 needs a context");
        assertThat(fail("TILT[ ]x").getMessage()).startsWith("TILT[] at position 0 needs a date field");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "'   '", "'\t\n'"})
    void blankTextIsAnError(String text) {
        assertError(text, "the expression is empty", 0);
    }

    @Test
    void nullTextIsAnError() {
        assertThatThrownBy(() -> EssieParser.parse(null))
                .isInstanceOf(EssieSyntaxException.class)
                .hasMessage("no search expression given");
    }

    @Test
    void isAnIllegalArgumentException() {
        assertThatThrownBy(() -> EssieParser.parse("a OR")).isInstanceOf(IllegalArgumentException.class);
    }
}
