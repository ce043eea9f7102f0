package org.trialfinder.eligibility.parse;

import static org.trialfinder.eligibility.parse.Words.CMP;
import static org.trialfinder.eligibility.parse.Words.NUM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.SexCheck;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * One lab with a limit for each sex: "QTc interval ≥ 450(male)/470(female) msec", "QTcB &gt; 430ms (male) or
 * &gt; 450ms (female)", "haemoglobin ≥ 13 g/dL for men and ≥ 12 g/dL for women". The unit may be written once,
 * after both numbers; a second limit without a comparator takes the first's. Read as one {@link
 * Token.BySection}: each limit applies to its sex only.
 */
final class SexSpecificLimits {

    private SexSpecificLimits() {}

    private static final Pattern LAB_KEY = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:" + String.join("|", Vocabulary.LABS.values()) + ")(?![\\p{L}\\d])");
    private static final Pattern KEY_FILL =
            Pattern.compile("(?i)(?:\\s*(?:\\((?!\\s*(?:males?|men|m|females?|women|f)\\s*\\))[^()]{0,40}\\)|:|,|-"
                    + "|\\b(?:interval|count|level|value|concentration|of|is|must|be|serum|plasma)\\b))*\\s*");
    private static final Pattern LIMIT = Pattern.compile("(?i)(?:(?<cmp>" + CMP + ")\\s*)?(?<num>" + NUM + ")\\s*");
    private static final Pattern SEX = Pattern.compile(
            "(?i)\\s*(?:\\(\\s*(?<b>males?|men|man|m|females?|women|woman|f)\\s*\\)"
                    + "|(?:for|in)\\s+(?:the\\s+)?(?<w>males?|men|females?|women)(?:\\s+(?:patients|subjects|participants))?\\b)");
    private static final Pattern SEPARATOR =
            Pattern.compile("(?i)\\s*(?:/|,|;|\\bor\\b|\\band\\b)?\\s*(?:(?:or|and)\\s+)?");

    private static final Pattern ANY_SEX = Pattern.compile("(?i)\\b(?:males?|men|man|m|females?|women|woman|f)\\b");

    private static final Map<String, Pattern> KEYS = keys();

    private static Map<String, Pattern> keys() {
        Map<String, Pattern> out = new LinkedHashMap<>();
        Vocabulary.LABS.forEach((k, v) -> out.put(k, Pattern.compile("(?i)(?:" + v + ")")));
        return out;
    }

    /** Every lab with a limit per sex in the text (tokens may overlap others: the caller keeps the free ones). */
    static List<Token> find(String text) {
        List<Token> found = new ArrayList<>();
        if (!ANY_SEX.matcher(text).find()) {
            return found;
        }
        Matcher key = LAB_KEY.matcher(text);
        while (key.find()) {
            Token t = read(text, key);
            if (t != null) {
                found.add(t);
            }
        }
        return found;
    }

    private record Limit(Comparison cmp, double value, String unit, SexCheck.Sex sex, TextSpan sexSpan, int end) {}

    private static Token read(String text, Matcher key) {
        String k = keyOf(key.group());
        if (k == null) {
            return null;
        }
        Matcher fill = at(KEY_FILL, text, key.end());
        int at = fill.lookingAt() ? fill.end() : key.end();
        Limit first = limit(text, at, null);
        if (first == null || first.cmp() == null) {
            return null;
        }
        Matcher sep = at(SEPARATOR, text, first.end());
        if (!sep.lookingAt()) {
            return null;
        }
        // "QTcF > 450ms (male) and QTcF > 470ms (female)": the key may be written again
        int secondAt = sep.end();
        Matcher again = LAB_KEY.matcher(text).region(secondAt, text.length());
        if (again.lookingAt() && k.equals(keyOf(again.group()))) {
            Matcher fill2 = at(KEY_FILL, text, again.end());
            secondAt = fill2.lookingAt() ? fill2.end() : again.end();
        }
        Limit second = limit(text, secondAt, first.cmp());
        if (second == null || second.sex() == first.sex()) {
            return null;
        }
        int end = second.end();
        String trailing = null;
        Matcher u = UnitSpelling.UNIT.matcher(text).region(end, text.length());
        if (u.lookingAt() && u.end() > end && UnitSpelling.ucum(u) != null) {
            trailing = UnitSpelling.ucum(u);
            end = u.end();
        }
        String unit1 = first.unit() != null ? first.unit() : second.unit() != null ? second.unit() : trailing;
        String unit2 = second.unit() != null ? second.unit() : trailing != null ? trailing : first.unit();
        if (unit1 == null || unit2 == null) {
            return null;
        }
        TextSpan span = new TextSpan(key.start(), end);
        Criterion a = new LabCheck(k, first.cmp(), first.value(), unit1, span);
        Criterion b = new LabCheck(k, second.cmp(), second.value(), unit2, span);
        Criterion sexA = new SexCheck(first.sex(), first.sexSpan());
        Criterion sexB = new SexCheck(second.sex(), second.sexSpan());
        return new Token.BySection(
                span.start(),
                span.end(),
                section -> section == Section.EXCLUSION
                        ? new Or(List.of(new And(List.of(sexA, a), span), new And(List.of(sexB, b), span)), span)
                        : new And(List.of(new Conditional(sexA, a, span), new Conditional(sexB, b, span)), span));
    }

    /** "≥ 450 (male)", "≥ 13 g/dL for men", "470(female)" (the comparator given by the limit before). */
    private static Limit limit(String text, int at, Comparison inherited) {
        Matcher m = at(LIMIT, text, at);
        if (!m.lookingAt()) {
            return null;
        }
        Comparison cmp = m.group("cmp") != null ? Words.comparison(m.group("cmp")) : inherited;
        double value = Words.number(m.group("num"));
        int end = m.end();
        String unit = null;
        Matcher u = UnitSpelling.UNIT.matcher(text).region(end, text.length());
        if (u.lookingAt() && u.end() > end && UnitSpelling.ucum(u) != null) {
            unit = UnitSpelling.ucum(u);
            end = u.end();
        }
        Matcher s = at(SEX, text, end);
        if (!s.lookingAt()) {
            return null;
        }
        String written = (s.group("b") != null ? s.group("b") : s.group("w")).toLowerCase(Locale.ROOT);
        SexCheck.Sex sex = written.startsWith("f") || written.startsWith("w") ? SexCheck.Sex.FEMALE : SexCheck.Sex.MALE;
        TextSpan sexSpan = new TextSpan(s.start(), s.end());
        return new Limit(cmp, value, unit, sex, sexSpan, s.end());
    }

    /** A matcher to try at {@code from} only (its words' edges seen in the whole text). */
    private static Matcher at(Pattern pattern, String text, int from) {
        return pattern.matcher(text).region(from, text.length()).useTransparentBounds(true);
    }

    private static String keyOf(String written) {
        for (Map.Entry<String, Pattern> e : KEYS.entrySet()) {
            if (e.getValue().matcher(written).matches()) {
                return e.getKey();
            }
        }
        return null;
    }
}
