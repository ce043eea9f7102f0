package org.trialfinder.search.essie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class EssieLimitsTest {

    private static final Duration GENEROUS = Duration.ofSeconds(10);

    /** Parses under a generous timeout; returns the node or the syntax error. */
    private static Object outcome(EssieParser parser, String text) {
        return assertTimeoutPreemptively(GENEROUS, () -> {
            try {
                return parser.parseExpression(text);
            } catch (EssieSyntaxException e) {
                return e;
            }
        });
    }

    private static String repeat(String s, int times) {
        return s.repeat(times);
    }

    @Test
    void lengthLimitIsNamed() {
        String text = "a".repeat(10_001);
        assertThatThrownBy(() -> EssieParser.parse(text))
                .isInstanceOf(EssieSyntaxException.class)
                .hasMessage("the expression is too long: 10,001 characters (the limit is 10,000)")
                .extracting(e -> ((EssieSyntaxException) e).position())
                .isEqualTo(10_000);
        assertThat(EssieParser.parse("a".repeat(10_000))).isEqualTo(EssieNode.words("a".repeat(10_000)));
    }

    @Test
    void tenThousandNestedParenthesesGiveAnErrorNotAStackOverflow() {
        String text = repeat("(", 5_000) + "a" + repeat(")", 4_999);
        Object r = outcome(EssieParser.standard(), text);
        assertThat(r).isInstanceOf(EssieSyntaxException.class);
        EssieSyntaxException e = (EssieSyntaxException) r;
        assertThat(e.getMessage())
                .isEqualTo(
                        "the expression nests too deeply at position 50 (the limit is 50 levels of parentheses and operators)");
        assertThat(e.position()).isEqualTo(50);
    }

    @Test
    void tenThousandOpenParentheses() {
        Object r = outcome(EssieParser.standard(), repeat("(", 10_000));
        assertThat(r).isInstanceOf(EssieSyntaxException.class);
    }

    @Test
    void deepPrefixChainsAreBoundedToo() {
        Object r = outcome(EssieParser.standard(), repeat("NOT ", 2_400) + "a");
        assertThat(((EssieSyntaxException) r).getMessage())
                .startsWith("the expression nests too deeply at position 200");
        Object r2 = outcome(EssieParser.standard(), repeat("AREA[X]", 1_400) + "a");
        assertThat(r2).isInstanceOf(EssieSyntaxException.class);
    }

    @Test
    void depthAtTheLimitIsFine() {
        String text = repeat("(", 50) + "a" + repeat(")", 50);
        assertThat(EssieParser.parse(text)).isEqualTo(EssieNode.words("a"));
        assertThatThrownBy(() -> EssieParser.parse("(" + text + ")")).isInstanceOf(EssieSyntaxException.class);
    }

    @Test
    void deepNestingEvenWithTheLargestAllowedLimitDoesNotOverflowTheStack() {
        EssieParser deep = new EssieParser(new EssieParser.Limits(100_000, EssieParser.MAX_DEPTH_CAP, 100_000));
        String text = repeat("(NOT ", EssieParser.MAX_DEPTH_CAP / 2) + "a" + repeat(")", EssieParser.MAX_DEPTH_CAP / 2);
        Object r = outcome(deep, text);
        assertThat(r).isInstanceOf(EssieNode.class);
        assertThat(deep.parseExpression(EssieWriter.write((EssieNode) r))).isEqualTo(r);
        assertThat(outcome(deep, "(" + text + ")")).isInstanceOf(EssieSyntaxException.class);
        assertThatThrownBy(() -> new EssieParser.Limits(10, EssieParser.MAX_DEPTH_CAP + 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void termLimit() {
        String ok = String.join(" OR ", Collections.nCopies(500, "a"));
        assertThat(EssieParser.parse(ok)).isInstanceOf(EssieNode.Or.class);
        String tooMany = ok + " OR b";
        EssieSyntaxException e = (EssieSyntaxException) outcome(EssieParser.standard(), tooMany);
        assertThat(e.getMessage())
                .isEqualTo("too many search terms: the limit is 500, exceeded at position " + (tooMany.length() - 1));
        assertThat(e.position()).isEqualTo(tooMany.length() - 1);
    }

    @Test
    void wordsOfAGroupAndOfAPhraseCountAsTerms() {
        assertThat(outcome(EssieParser.standard(), repeat("a ", 501))).isInstanceOf(EssieSyntaxException.class);
        assertThat(outcome(EssieParser.standard(), "\"" + repeat("a ", 501) + "\""))
                .isInstanceOf(EssieSyntaxException.class);
        assertThat(outcome(EssieParser.standard(), repeat("a ", 500))).isInstanceOf(EssieNode.class);
    }

    @Test
    void pathologicalInputsFinish() {
        EssieParser roomy = new EssieParser(new EssieParser.Limits(10_000, 50, 100_000));
        String[] texts = {
            repeat("a OR ", 1_999) + "a",
            repeat("a AND ", 1_666) + "a",
            repeat("a ", 5_000),
            repeat("\"", 10_000),
            "\"" + repeat("\\\"", 4_999),
            repeat("\\", 10_000),
            repeat("\\AND ", 2_000),
            repeat("AREA[", 2_000),
            repeat("AREA[x]", 1_428) + "a",
            repeat("RANGE[", 1_666),
            "RANGE[" + repeat("1", 9_980) + ", MAX]",
            "RANGE[" + repeat(",", 9_990) + "]",
            "RANGE[" + repeat("1-", 4_990) + ", MAX]",
            repeat("()", 5_000),
            repeat(")(", 5_000),
            repeat("NOT ", 2_500),
            repeat("(a) ", 2_500),
            repeat("ALL ", 2_500),
            repeat("AREA[X]MISSING ", 666),
            repeat("[", 10_000),
            repeat("]", 10_000),
            repeat("a\"b\" ", 2_000),
        };
        for (String text : texts) {
            assertThat(text.length()).isLessThanOrEqualTo(10_000);
            Object r = outcome(roomy, text);
            assertThat(r).as(text.substring(0, 20)).isInstanceOfAny(EssieNode.class, EssieSyntaxException.class);
            Object r2 = outcome(EssieParser.standard(), text);
            assertThat(r2).isInstanceOfAny(EssieNode.class, EssieSyntaxException.class);
        }
    }
}
