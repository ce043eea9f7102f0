package org.trialfinder.eligibility.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.parse.CriterionParser;

/**
 * Properties of the criteria splitter and the criterion parser over many seeded random criteria texts (each
 * failing input's seed is printed, so it replays): any text splits into items without an exception, and any
 * item parses into a criterion without an exception (what the parser cannot read is "not computable", never an
 * error: criteria come from the registry, not from a user who could correct them). The texts are built from the
 * pieces real criteria are made of (headings, bullets, numbers, units, comparisons, ClinicalTrials.gov's
 * escapes), mixed with Unicode and hostile nesting, and bounded so the test takes seconds.
 */
class CriteriaPropertyTest {
    private static final int TRIES = 1_000;
    private static final List<String> PIECES = List.of(
            "Inclusion Criteria:",
            "Exclusion Criteria:",
            "INCLUSION:",
            "Key Exclusion Criteria",
            "\n",
            "\n\n",
            "\n* ",
            "\n- ",
            "\n  * ",
            "\n1. ",
            "\n2) ",
            "\na. ",
            "\\>",
            "\\<",
            "\\*",
            "≥",
            "≤",
            ">=",
            "<",
            "=",
            "×",
            " x ",
            "ULN",
            "LLN",
            "10^9/L",
            "/uL",
            "mg/dL",
            "g/dL",
            "%",
            "mL/min/1.73m2",
            "ECOG",
            "0-1",
            "Karnofsky",
            "70",
            "18",
            "years",
            "age",
            "months",
            "weeks",
            "ANC",
            "platelets",
            "hemoglobin",
            "bilirubin",
            "AST",
            "ALT",
            "creatinine",
            "eGFR",
            "QTc",
            "ms",
            "pregnant",
            "lactating",
            "contraception",
            "NYHA",
            "class III",
            "liver metastases",
            "brain",
            "prior",
            "chemotherapy",
            "within",
            "days",
            "of",
            "and",
            "or",
            "not",
            "unless",
            "if",
            "(",
            ")",
            "[",
            "]",
            ",",
            ";",
            ".",
            ":",
            " ",
            " ",
            " ",
            "NOTE:",
            "e.g.",
            "1.5",
            "100,000",
            "1e309",
            "-",
            "\u00b5",
            "\u2265",
            "\ud83d\ude00",
            "\ud800",
            "\u0000",
            "\u202e",
            "\t",
            "\r\n");

    @Test
    void anyCriteriaTextSplitsAndEachItemParses() {
        for (int i = 0; i < TRIES; i++) {
            SplittableRandom random = new SplittableRandom(i);
            String text = text(random);
            try {
                SplitCriteria split = CriteriaSplitter.split(text);
                assertThat(split.items()).isNotNull();
                for (CriterionItem item : split.items()) {
                    parseAll(item);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + i + ": " + e + " for " + abbreviated(text), e);
            }
        }
    }

    private static void parseAll(CriterionItem item) {
        Criterion c = CriterionParser.parse(item.text(), item.section());
        assertThat(c).isNotNull();
        for (CriterionItem child : item.children()) {
            parseAll(child);
        }
    }

    private static String text(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        switch (random.nextInt(8)) {
            case 0 -> s.append("\n* ".repeat(random.nextInt(1, 300))).append("age ≥ 18");
            case 1 -> {
                // lists nested deeper and deeper
                for (int depth = 0; depth < random.nextInt(1, 60); depth++) {
                    s.append('\n').append("  ".repeat(depth)).append("* item ").append(depth);
                }
            }
            case 2 -> s.append("(".repeat(random.nextInt(1, 500))).append("ANC ≥ 1.5 × 10^9/L");
            default -> {
                for (int i = random.nextInt(1, 250); i > 0; i--) {
                    s.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(4) == 0 ? "" : " ");
                }
            }
        }
        return s.toString();
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "… (" + s.length() + " chars)" : s;
    }
}
