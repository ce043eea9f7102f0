package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck.Test;
import org.trialfinder.model.text.TextSpan;

/**
 * An infection named with a positive test result of its own virus in brackets. Without "e.g." the bracket
 * defines the name ("hepatitis B (HBsAg positive)" is the test result: the notation's convention, as for
 * heart failure and LVEF); with "e.g.", "such as", "including" it gives one way the text counts ("active
 * Hepatitis B (e.g., HBsAg reactive)" is {@code or(diagnosis(hepatitis_b), test(HBSAG) = positive)}). Read
 * apart, the name and its test joined as both, or the example dropped, which makes the item stronger
 * than the text.
 */
final class DiagnosisTests {

    private DiagnosisTests() {}

    private static final Map<String, Set<Test>> TESTS_OF = Map.of(
            "hepatitis_b", Set.of(Test.HBSAG, Test.ANTI_HBC, Test.HBV_DNA),
            "hepatitis_c", Set.of(Test.HCV_AB, Test.HCV_RNA),
            "hiv", Set.of(Test.HIV),
            "tuberculosis", Set.of(Test.TB));

    private static final Pattern EXAMPLE =
            Pattern.compile("(?i)^\\s*(?:e\\.\\s?g\\.?|eg\\.?|such\\s+as|for\\s+example|including)\\s*[,:]?\\s*");
    private static final Pattern DEFINITION = Pattern.compile("(?i)^\\s*(?:i\\.\\s?e\\.?|defined\\s+as)\\s*[,:]?\\s*");
    private static final Pattern JOINS = Pattern.compile("(?i)\\b(?:and/or|or|and)\\b|[\\s,;/]");
    private static final Pattern AND = Pattern.compile("(?i)\\band\\b(?!\\s*/)");
    private static final int MAX_BRACKET = 160;

    /** Replaces each infection and its bracketed test results by one token holding what they say together. */
    static void merge(String text, List<Token> tokens) {
        for (Token t : List.copyOf(tokens)) {
            if (!(t instanceof Token.Atom a && a.criterion() instanceof DiagnosisCheck d)) {
                continue;
            }
            Set<Test> own = TESTS_OF.get(d.term());
            int open = t.end();
            while (open < text.length() && Character.isWhitespace(text.charAt(open))) {
                open++;
            }
            if (own == null || open >= text.length() || text.charAt(open) != '(') {
                continue;
            }
            int close = text.indexOf(')', open);
            if (close < 0
                    || close - open > MAX_BRACKET
                    || text.substring(open + 1, close).contains("(")) {
                continue;
            }
            String inside = text.substring(open + 1, close);
            Matcher example = EXAMPLE.matcher(inside);
            Matcher definition = DEFINITION.matcher(inside);
            boolean isExample = example.lookingAt();
            int from = isExample ? example.end() : definition.lookingAt() ? definition.end() : 0;
            String content = inside.substring(from);
            List<Criterion> results = new ArrayList<>();
            StringBuilder rest = new StringBuilder(content);
            List<TestResultWords.Found> found = TestResultWords.find(content);
            for (int i = found.size() - 1; i >= 0; i--) {
                TestResultWords.Found f = found.get(i);
                if (!(f.criterion() instanceof TestResultCheck r
                        && own.contains(r.test())
                        && r.result() == TestResultCheck.Result.POSITIVE)) {
                    results.clear();
                    break;
                }
                int shift = open + 1 + from;
                results.add(
                        0, new TestResultCheck(r.test(), r.result(), new TextSpan(shift + f.start(), shift + f.end())));
                rest.replace(f.start(), f.end(), " ");
            }
            String between = rest.toString().replaceAll("\\[[^\\[\\]]*\\]", " ");
            if (results.isEmpty() || !JOINS.matcher(between).replaceAll("").isEmpty()) {
                continue;
            }
            TextSpan span = new TextSpan(t.start(), close + 1);
            Criterion tests = results.size() == 1
                    ? results.get(0)
                    : AND.matcher(between).find() ? new And(results, span) : new Or(results, span);
            List<Criterion> either = new ArrayList<>();
            either.add(d);
            if (tests instanceof Or o) {
                either.addAll(o.parts());
            } else {
                either.add(tests);
            }
            Criterion merged = isExample ? new Or(either, span) : tests;
            tokens.removeIf(o -> o.start() < span.end() && span.start() < o.end());
            tokens.add(new Token.Atom(span.start(), span.end(), merged));
        }
    }
}
