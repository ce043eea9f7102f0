package org.trialfinder.eligibility.parse;

import static org.trialfinder.eligibility.parse.Words.CMP;
import static org.trialfinder.eligibility.parse.Words.NUM;
import static org.trialfinder.eligibility.parse.Words.TIME_UNIT;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.DurationUnit;
import org.trialfinder.model.text.TextSpan;

/** A recogniser stage of {@link Recognizer}: Ages and age ranges ("18 to 75 years of age", "≥ 18 years"). */
final class AgeTokens extends TokenScan {

    AgeTokens(TokenScan scan) {
        super(scan);
    }

    private static final Pattern AGE_BEFORE = Pattern.compile("(?s).*\\bage[ds]?\\b[^.;]*$");

    private static final Pattern GESTATIONAL_BEFORE = Pattern.compile("(?s).*gestational\\s+age[ds]?\\b[^.;]*$");

    private static final Pattern AGE_AFTER = Pattern.compile(
            "(?s)^\\s*(?:to|and|-)\\s*[<≤>≥]?=?\\s*\\d+(?:\\.\\d+)?\\s*(?:years?|months?|weeks?|days?)\\s+(?:of\\s+age|old).*");

    private static final Pattern AGE_RANGE = p(
            "(?<![\\d.])(?:(?:age[ds]?|aged)\\s*(?:of|:|is|between|from)?\\s*)?(?:between\\s+(?:the\\s+ages\\s+of\\s+)?|from\\s+)?(?<lo>"
                    + NUM + ")\\s*(?<u1>" + TIME_UNIT + ")?\\s*(?:-|–|—|~|to|and|through)\\s*(?<hi>" + NUM
                    + ")\\s*(?:\\(inclusive\\)\\s*)?(?<u2>" + TIME_UNIT
                    + "|-?years?-?old)?(?<ctx>\\s*(?:years?\\s+)?(?:of\\s+age|old|age)\\b)?");

    /** "≥18 and < 65 years of age": two bounds sharing the unit written after the second. */
    private static final Pattern AGE_CMP_PAIR = p("(?<c1>" + CMP + ")\\s*(?<n1>" + NUM + ")\\s*(?:and|to|-|–)\\s*(?<c2>"
            + CMP + ")\\s*(?<n2>" + NUM + ")\\s*(?<u>" + TIME_UNIT
            + "\\b|-?years?-?old)(?<ctx>\\s*(?:years?\\s+)?(?:of\\s+age|old|age)\\b)?");

    private static final Pattern AGE_CMP =
            p("(?<pre>\\bage[ds]?\\b\\s*(?:of\\s+|is\\s+|:\\s*|must\\s+be\\s+|should\\s+be\\s+)?)?(?<cmp>" + CMP
                    + "|older\\s+than|younger\\s+than)\\s*(?:the\\s+age\\s+of\\s+)?(?<n>" + NUM + ")\\s*(?<u>"
                    + TIME_UNIT + "\\b|-?years?-?old)?(?<ctx>\\s*(?:years?\\s+)?(?:of\\s+age|old|age)\\b)?");

    private static final Pattern AGE_OR_MORE = p(
            "(?<pre>\\bage[ds]?\\s*(?:of\\s+|:\\s*)?)?(?<n>" + NUM + ")\\s*(?<u>" + TIME_UNIT
                    + ")?\\s*(?:of\\s+age\\s+|old\\s+)?(?<dir>or|and)\\s+(?<w>older|above|over|greater|more|elder|younger|below|under|less)(?<ctx>\\s*(?:years?\\s+)?(?:of\\s+age|old)\\b)?");

    void ages() {
        find(AGE_CMP_PAIR, m -> {
            boolean context = m.group("ctx") != null
                    || m.group("u").toLowerCase(Locale.ROOT).contains("old")
                    || precededByAge(m.start());
            Comparison lower = Words.comparison(m.group("c1"));
            Comparison upper = Words.comparison(m.group("c2"));
            if (!context
                    || !(lower == Comparison.GE || lower == Comparison.GT)
                    || !(upper == Comparison.LE || upper == Comparison.LT)) {
                return null;
            }
            double lo = Words.number(m.group("n1"));
            double hi = Words.number(m.group("n2"));
            DurationUnit unit = unitOf(m.group("u"));
            if (lo >= hi || unit == DurationUnit.YEARS && hi > 130) {
                return null;
            }
            TextSpan span = span(m);
            return new Token.Atom(
                    m.start(),
                    m.end(),
                    new And(List.of(new AgeCheck(lower, lo, unit, span), new AgeCheck(upper, hi, unit, span)), span));
        });
        find(AGE_RANGE, m -> {
            boolean unitGiven = m.group("u1") != null || m.group("u2") != null;
            boolean context = m.group("ctx") != null
                    || m.group().toLowerCase(Locale.ROOT).startsWith("age")
                    || (m.group("u2") != null
                            && m.group("u2").toLowerCase(Locale.ROOT).startsWith("y"))
                    || precededByAge(m.start());
            if (!context
                    || !unitGiven
                            && m.group("ctx") == null
                            && !m.group().toLowerCase(Locale.ROOT).startsWith("age")
                            && !precededByAge(m.start())) {
                return null;
            }
            DurationUnit unit = unitOf(m.group("u2") != null ? m.group("u2") : m.group("u1"));
            DurationUnit loUnit = m.group("u1") != null ? unitOf(m.group("u1")) : unit;
            double lo = Words.number(m.group("lo"));
            double hi = Words.number(m.group("hi"));
            if (lo * loUnit.days() >= hi * unit.days() || unit == DurationUnit.YEARS && hi > 130) {
                return null;
            }
            TextSpan span = span(m);
            return new Token.Atom(
                    m.start(),
                    m.end(),
                    new And(
                            List.of(
                                    new AgeCheck(Comparison.GE, lo, loUnit, span),
                                    new AgeCheck(Comparison.LE, hi, unit, span)),
                            span));
        });
        find(AGE_CMP, m -> {
            String cmpWord = m.group("cmp").toLowerCase(Locale.ROOT);
            if (m.group("pre") != null
                    && text.substring(Math.max(0, m.start() - 12), m.start())
                            .toLowerCase(Locale.ROOT)
                            .contains("gestational")) {
                return null;
            }
            boolean context = m.group("pre") != null
                    || m.group("ctx") != null
                    || cmpWord.startsWith("older")
                    || cmpWord.startsWith("younger")
                    || m.group("u") != null && (precededByAge(m.start()) || followedByAge(m.end()))
                    || m.group("u") != null
                            && m.group("u").toLowerCase(Locale.ROOT).contains("old");
            if (!context) {
                return null;
            }
            if (m.group("u") == null
                    && m.group("ctx") == null
                    && m.group("pre") == null
                    && !cmpWord.startsWith("older")
                    && !cmpWord.startsWith("younger")) {
                return null;
            }
            Comparison cmp = cmpWord.startsWith("older")
                    ? Comparison.GT
                    : cmpWord.startsWith("younger") ? Comparison.LT : Words.comparison(m.group("cmp"));
            double n = Words.number(m.group("n"));
            DurationUnit unit = unitOf(m.group("u"));
            if (unit == DurationUnit.YEARS && n > 130) {
                return null;
            }
            return new Token.Atom(m.start(), m.end(), new AgeCheck(cmp, n, unit, span(m)));
        });
        find(AGE_OR_MORE, m -> {
            boolean context = m.group("pre") != null
                    || m.group("ctx") != null
                    || m.group("u") != null
                            && m.group("u").toLowerCase(Locale.ROOT).startsWith("y")
                    || precededByAge(m.start());
            if (!context) {
                return null;
            }
            String w = m.group("w").toLowerCase(Locale.ROOT);
            Comparison cmp = switch (w) {
                case "older", "above", "over", "greater", "more", "elder" -> Comparison.GE;
                default -> Comparison.LE;
            };
            return new Token.Atom(
                    m.start(), m.end(), new AgeCheck(cmp, Words.number(m.group("n")), unitOf(m.group("u")), span(m)));
        });
    }

    private boolean precededByAge(int at) {
        String before = text.substring(Math.max(0, at - 25), at).toLowerCase(Locale.ROOT);
        return AGE_BEFORE.matcher(before).matches()
                && !GESTATIONAL_BEFORE.matcher(before).matches();
    }

    /** "≥ 12 years to &lt; 18 years of age": the first bound is an age too. */
    private boolean followedByAge(int at) {
        String after = text.substring(at, Math.min(text.length(), at + 30)).toLowerCase(Locale.ROOT);
        return AGE_AFTER.matcher(after).matches();
    }

    private static DurationUnit unitOf(String written) {
        if (written == null
                || written.toLowerCase(Locale.ROOT).contains("year")
                || written.toLowerCase(Locale.ROOT).contains("old")) {
            return DurationUnit.YEARS;
        }
        return Words.timeUnit(written);
    }
}
