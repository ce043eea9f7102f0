package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.split.Section;

/**
 * Hostile criteria text, seeded (each failing seed is printed, so it replays): a 100 kB item, 10,000 list
 * parts, 500 nested brackets, and random mixes of list pieces. Each is read without an exception into a
 * bounded result: at most one node per list part the splitter allows at each nesting level, every span inside
 * the text. The work is bounded by construction (an item over {@link ItemBounds#MAX_CHARS} characters is not
 * read; a list over {@link ListSplitter#MAX_PARTS} parts is not split; lists nest at most
 * {@link ListReader#MAX_DEPTH} deep); the timeout is only a guard against a runaway regular expression, far
 * above the figures measured (see the report), so the test does not depend on the machine's speed.
 */
class HostileListsPropertyTest {

    private static final int TRIES = 60;
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static final List<String> PIECES = List.of(
            "ANC ≥ 1.5×10^9/L",
            "platelets ≥ 100×10^9/L",
            "Hb ≥ 9 g/dL",
            "AST ≤ 2.5 × ULN",
            "unread words",
            "; ",
            ": ",
            ". ",
            " (",
            ")",
            "(1) ",
            "2) ",
            "a. ",
            " ii) ",
            " or ",
            " and ",
            "any of the following",
            "Adequate organ function",
            "within 14 days",
            "≤ 5 × ULN if liver metastases",
            "，",
            "；",
            "（",
            "）");

    private static int nodes(Criterion c) {
        return 1
                + switch (c) {
                    case And a ->
                        a.parts().stream()
                                .mapToInt(HostileListsPropertyTest::nodes)
                                .sum();
                    case Or o ->
                        o.parts().stream()
                                .mapToInt(HostileListsPropertyTest::nodes)
                                .sum();
                    case Not n -> nodes(n.part());
                    case Conditional k -> nodes(k.condition()) + nodes(k.then());
                    case Within w -> nodes(w.part());
                    default -> 0;
                };
    }

    private static void bounded(String text, Criterion c) {
        assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(nodes(c))
                .as(
                        "nodes of %s",
                        Notation.print(c).length() > 200 ? Notation.print(c).substring(0, 200) : Notation.print(c))
                .isLessThanOrEqualTo(Math.min(text.length(), ItemBounds.MAX_CHARS));
    }

    @Test
    void a100KilobyteItemIsNotReadAndCostsNothing() {
        String text =
                "ANC ≥ 1.5×10^9/L and platelets ≥ 100×10^9/L ".repeat(2_400).substring(0, 100_000);
        Criterion c = assertTimeoutPreemptively(GUARD, () -> CriterionParser.parse(text, Section.INCLUSION));
        assertThat(c.computable()).isFalse();
        assertThat(nodes(c)).isEqualTo(1);
    }

    @Test
    void tenThousandListPartsAreNotSplit() {
        String text = "Adequate organ function: " + "ANC ≥ 1.5×10^9/L; ".repeat(10_000);
        Criterion c = assertTimeoutPreemptively(GUARD, () -> CriterionParser.parse(text, Section.INCLUSION));
        assertThat(nodes(c)).isEqualTo(1);
        // the same within the length bound: a list longer than any real one is not split
        String within = "a; ".repeat(ItemBounds.MAX_CHARS / 3 - 1);
        assertThat(within.length()).isLessThanOrEqualTo(ItemBounds.MAX_CHARS);
        Criterion d = assertTimeoutPreemptively(GUARD, () -> CriterionParser.parse(within, Section.EXCLUSION));
        bounded(within, d);
        assertThat(d.computable()).isFalse();
    }

    @Test
    void fiveHundredNestedBracketsAreReadWithABoundedResult() {
        String text = "Adequate organ function: " + "(".repeat(500) + "ANC ≥ 1.5×10^9/L; platelets ≥ 100×10^9/L"
                + ")".repeat(500) + "; Hb ≥ 9 g/dL";
        Criterion c = assertTimeoutPreemptively(GUARD, () -> CriterionParser.parse(text, Section.INCLUSION));
        bounded(text, c);
        String open = "(".repeat(500) + "ANC ≥ 1.5; " + "a (b; ".repeat(500);
        bounded(open, assertTimeoutPreemptively(GUARD, () -> CriterionParser.parse(open, Section.EXCLUSION)));
    }

    @Test
    void randomMixesOfListPiecesAreReadIntoBoundedTrees() {
        assertTimeoutPreemptively(GUARD, () -> {
            SplittableRandom seeds = new SplittableRandom(20261207L);
            for (int t = 0; t < TRIES; t++) {
                long seed = seeds.nextLong();
                SplittableRandom random = new SplittableRandom(seed);
                StringBuilder b = new StringBuilder();
                int pieces = random.nextInt(1, 200);
                for (int i = 0; i < pieces; i++) {
                    b.append(PIECES.get(random.nextInt(PIECES.size())));
                }
                String text = b.toString();
                Section section = Section.values()[random.nextInt(Section.values().length)];
                Criterion c;
                try {
                    c = CriterionParser.parse(text, section);
                } catch (RuntimeException e) {
                    throw new AssertionError("seed " + seed + ": " + text, e);
                }
                try {
                    bounded(text, c);
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + seed + ": " + text, e);
                }
            }
        });
    }
}
