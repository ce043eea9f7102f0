package org.trialfinder.eligibility.parse;

import static org.trialfinder.eligibility.parse.Words.CMP;
import static org.trialfinder.eligibility.parse.Words.NUM;
import static org.trialfinder.eligibility.parse.Words.NUMBER_WORD;
import static org.trialfinder.eligibility.parse.Words.TIME_UNIT;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.BmiCheck;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.LifeExpectancyCheck;
import org.trialfinder.eligibility.criterion.TherapyLinesCheck;
import org.trialfinder.model.text.TextSpan;

/** A recogniser stage of {@link Recognizer}: Life expectancy, body-mass index and the number of prior lines of therapy. */
final class MeasureTokens extends TokenScan {

    MeasureTokens(TokenScan scan) {
        super(scan);
    }

    void lifeExpectancy() {
        find(
                LIFE,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        new LifeExpectancyCheck(
                                Words.comparison(m.group("cmp")),
                                Words.numberOrWord(m.group("n")),
                                Words.timeUnit(m.group("u")),
                                span(m))));
        find(
                LIFE_OR_MORE,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        new LifeExpectancyCheck(
                                Comparison.GE,
                                Words.numberOrWord(m.group("n")),
                                Words.timeUnit(m.group("u")),
                                span(m))));
    }

    void bodyMassIndex() {
        find(BMI, this::bmi);
    }

    void therapyLines() {
        find(LINES, this::lines);
    }

    private static final Pattern LIFE = p(
            "(?:life\\s+expectancy|expected\\s+survival(?:\\s+time)?|estimated\\s+survival|anticipated\\s+survival|survival\\s+expectancy|expected\\s+life\\s+span)\\s*(?:of|is|:|should\\s+be|must\\s+be|will\\s+be|greater\\s+than\\s+or\\s+equal\\s+to|)?\\s*(?<cmp>"
                    + CMP + ")\\s*(?<n>" + NUM + "|" + NUMBER_WORD + ")\\s*(?:\\(\\d+\\)\\s*)?(?<u>" + TIME_UNIT
                    + ")\\b");

    private static final Pattern LIFE_OR_MORE =
            p("(?:life\\s+expectancy|expected\\s+survival(?:\\s+time)?)\\s*(?:of|is|:)?\\s*(?<n>" + NUM + "|"
                    + NUMBER_WORD + ")\\s*(?<u>" + TIME_UNIT + ")\\s+or\\s+(?:more|longer|greater)");

    private static final Pattern BMI = p(
            "(?:BMI|body\\s+mass\\s+index)(?:\\s*\\(BMI\\))?\\s*(?:of|:|is|must\\s+be|should\\s+be|within\\s+the\\s+range(?:\\s+of)?|range|in\\s+the\\s+range\\s+of|)?\\s*(?:(?<cmp>"
                    + CMP + ")\\s*(?<n>" + NUM + ")|(?:between\\s+)?(?<lo>" + NUM
                    + ")\\s*(?:kg/m\\s*(?:\\^?2|²))?\\s*(?:-|–|to|and)\\s*(?<hi>" + NUM
                    + "))\\s*(?:kg\\s*/\\s*m\\s*(?:\\^?2|²)|kg/m2)?");

    private static final Pattern LINES = p(
            "(?:(?<cmp>" + CMP + ")\\s*)?(?<n>\\d|" + NUMBER_WORD
                    + ")\\s*(?<more>or\\s+more\\s+|\\+\\s*)?(?:prior\\s+|previous\\s+)?(?:lines?|regimens?)\\s+of\\s+(?:prior\\s+|previous\\s+)?(?<cls>systemic\\s+(?:anti-?cancer\\s+)?(?:therapy|treatment)|chemotherapy|therapy|treatment|anti-?cancer\\s+therapy)");

    private Token bmi(Matcher m) {
        TextSpan span = span(m);
        if (m.group("cmp") != null) {
            return new Token.Atom(
                    m.start(),
                    m.end(),
                    new BmiCheck(Words.comparison(m.group("cmp")), Words.number(m.group("n")), span));
        }
        double lo = Words.number(m.group("lo"));
        double hi = Words.number(m.group("hi"));
        if (lo >= hi) {
            return null;
        }
        return new Token.Atom(
                m.start(),
                m.end(),
                new And(List.of(new BmiCheck(Comparison.GE, lo, span), new BmiCheck(Comparison.LE, hi, span)), span));
    }

    private Token lines(Matcher m) {
        String cls = m.group("cls").toLowerCase(Locale.ROOT);
        String therapy = cls.startsWith("chemo") ? "chemotherapy" : "systemic_therapy";
        if (!cls.startsWith("chemo") && !cls.startsWith("systemic") && !cls.contains("cancer")) {
            // "lines of therapy/treatment" in oncology trials means systemic lines
            therapy = "systemic_therapy";
        }
        Comparison cmp = m.group("cmp") != null
                ? Words.comparison(m.group("cmp"))
                : m.group("more") != null ? Comparison.GE : null;
        if (cmp == null) {
            return null;
        }
        return new Token.Atom(
                m.start(),
                m.end(),
                new TherapyLinesCheck(therapy, cmp, (int) Words.numberOrWord(m.group("n")), span(m)));
    }
}
