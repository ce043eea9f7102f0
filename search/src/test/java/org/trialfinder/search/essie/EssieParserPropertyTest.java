package org.trialfinder.search.essie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A property of the parser over many seeded random inputs (a property-based test without a library: each input's
 * seed is printed when it fails, so it can be replayed): whatever the text, {@link EssieParser#parse} returns a
 * tree or throws {@link EssieSyntaxException}, never anything else. The inputs mix Essie's own tokens (so they get
 * deep into the grammar), words, Unicode from every plane, lone surrogates, and hostile nesting; all are bounded
 * (the parser's own limit is 10,000 characters), so the test takes a second.
 */
class EssieParserPropertyTest {
    private static final int TRIES = 3_000;
    private static final List<String> TOKENS = List.of(
            "(",
            ")",
            "[",
            "]",
            "\"",
            ",",
            " ",
            " ",
            " ",
            "AND",
            "OR",
            "NOT",
            "and",
            "AREA",
            "AREA[",
            "RANGE[",
            "MISSING",
            "ALL",
            "SEARCH[Location](",
            "EXPANSION[",
            "COVERAGE[",
            "TILT[",
            "None]",
            "FullMatch]",
            "Condition]",
            "StartDate]",
            "MinimumAge]",
            "Phase:size]",
            "MIN",
            "MAX",
            "2020-01-01",
            "18 years",
            "1e309",
            "-",
            "\\",
            ":",
            "*",
            "~",
            "^",
            "cancer",
            "heart attack",
            "NCT06751394",
            "\u00e9",
            "\ud83d\ude00",
            "\ud800",
            "\u0000",
            "\u202e");

    @Test
    void anyTextIsATreeOrASyntaxError() {
        for (int i = 0; i < TRIES; i++) {
            SplittableRandom random = new SplittableRandom(i);
            String text = text(random);
            try {
                EssieNode node = EssieParser.parse(text);
                assertThat(node).isNotNull();
            } catch (EssieSyntaxException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + i + ": " + e + " for " + abbreviated(text), e);
            }
        }
    }

    private static String text(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        switch (random.nextInt(6)) {
            case 0 -> s.append("(".repeat(random.nextInt(1, 400))).append("x").append(")".repeat(random.nextInt(400)));
            case 1 -> {
                for (int i = random.nextInt(1, 300); i > 0; i--) {
                    s.append("a OR ");
                }
                s.append("b");
            }
            case 2 -> {
                for (int i = random.nextInt(1, 200); i > 0; i--) {
                    s.appendCodePoint(random.nextInt(0x110000));
                }
            }
            default -> {
                for (int i = random.nextInt(1, 60); i > 0; i--) {
                    s.append(TOKENS.get(random.nextInt(TOKENS.size())));
                }
            }
        }
        return s.toString();
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "… (" + s.length() + " chars)" : s;
    }
}
