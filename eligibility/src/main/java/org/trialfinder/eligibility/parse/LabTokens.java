package org.trialfinder.eligibility.parse;

import static org.trialfinder.eligibility.parse.Words.CMP;
import static org.trialfinder.eligibility.parse.Words.NUM;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.model.text.TextSpan;

/** A recogniser stage of {@link Recognizer}: Lab thresholds ("ANC ≥ 1.5 × 10⁹/L", "AST and ALT ≤ 2.5 × ULN") and the liver-metastasis conditions beside them. */
final class LabTokens extends TokenScan {

    LabTokens(TokenScan scan) {
        super(scan);
    }

    private static final String ULN =
            "(?:(?:[x×*✕⋅·]|times)\\s*(?:the\\s+)?)?(?:(?:institutional|institution's|local|laboratory|site|normal)\\s+)?"
                    + "(?<lim>ULN|ULRR|upper\\s+normal\\s+limits?|normal\\s+upper\\s+limits?|upper\\s+limits?\\s+(?:of\\s+)?(?:the\\s+)?(?:institutional\\s+|laboratory\\s+|reference\\s+)?normal(?:\\s+range|\\s+limit)?(?:\\s*\\((?:ULN|IULN)\\))?"
                    + "|LLN|lower\\s+limits?\\s+of\\s+(?:the\\s+)?(?:institutional\\s+)?normal(?:\\s+range)?(?:\\s*\\(LLN\\))?)";

    /** One threshold: comparator, number, unit or × ULN. */
    private static final String THRESHOLD =
            "(?<cmp>" + CMP + ")\\s*(?:(?<num>" + NUM + ")\\s*(?:" + ULN + ")?|" + ULN.replace("<lim>", "<lim0>") + ")";

    private static final String KEY_FILL =
            "(?:\\s*(?:\\([^()]{0,60}\\)|\\[[^\\[\\]]{0,30}\\]|:|,|-|\\b(?:count|counts|level|levels|value|values|concentration|dosage|interval|of|is|are|must|should|be|result|rate|test|measured|serum|plasma|fasting|absolute|in\\s+blood)\\b))*\\s*";

    private static final Pattern KEY_FILL_P = p(KEY_FILL);

    private static final Pattern BARE_SEPARATOR = p(
            "^\\s*(?:\\(|;|,|\\bor\\b|\\band\\b|-)\\s*(?:(?:or|and)\\s+)?(?:(?:if|in|for|with)\\s+[^<>≤≥=\\d]{0,80}?[,:]?\\s*)?");

    private static final Pattern BARE_HEAD = p("^\\s*(?:\\(|;|,|\\bor\\b|\\band\\b|-)\\s*(?:(?:or|and)\\s+)?");

    private static final Map<String, Pattern> LAB_WORDS = compiled(Vocabulary.LABS);

    private static final Pattern LAB_KEY = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:" + String.join("|", Vocabulary.LABS.values()) + ")(?![\\p{L}\\d])");

    private static final Pattern LIVER_WITH = p(
            "(?:\\b(?:in|for)\\s+(?:patients|subjects|participants|cases|those|individuals|people)\\s+(?:with|who\\s+have|having)\\s+(?:known\\s+|documented\\s+|confirmed\\s+|evidence\\s+of\\s+)?"
                    + "|\\bif\\s+(?:there\\s+(?:is|are)\\s+)?(?:(?:related|due)\\s+to\\s+)?(?:known\\s+|documented\\s+)?|\\b(?:with|in\\s+case\\s+of|in\\s+the\\s+presence\\s+of|due\\s+to|in\\s+the\\s+setting\\s+of)\\s+(?:known\\s+|documented\\s+)?)"
                    + "(?:liver|hepatic)\\s+(?:metastas[ie]s|metastatic\\s+disease|mets|transfer)(?:\\s+(?:is|are)\\s+present)?");

    private static final Pattern LIVER_WITHOUT = p(
            "(?:\\b(?:in|for)\\s+(?:patients|subjects|participants|cases|those|individuals|people)\\s+(?:without|with\\s+no|who\\s+do\\s+not\\s+have)\\s+(?:known\\s+)?"
                    + "|\\bif\\s+there\\s+(?:is|are)\\s+no\\s+(?:clear\\s+|known\\s+)?|\\bin\\s+the\\s+absence\\s+of\\s+|\\bwithout\\s+(?:known\\s+)?|\\bif\\s+no\\s+)"
                    + "(?:liver|hepatic)\\s+(?:metastas[ie]s|metastatic\\s+disease|mets|transfer)");

    void liverConditions() {
        find(LIVER_WITHOUT, m -> new Token.LiverCondition(m.start(), m.end(), false));
        find(LIVER_WITH, m -> new Token.LiverCondition(m.start(), m.end(), true));
    }

    private static final Pattern THRESHOLD_P = p("^" + THRESHOLD + "\\s*");

    private static final Pattern RANGE_P =
            p("^(?:between\\s+|of\\s+|from\\s+|within\\s+(?:the\\s+range\\s+(?:of\\s+)?)?)?(?<lo>" + NUM
                    + ")\\s*(?<u1>%)?\\s*(?:-|–|to|and)\\s*(?<hi>" + NUM + ")\\s*");

    private static final Pattern KEY_JOIN = p(
            "^\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:,|/|and/or|and\\s*/\\s*or|and|or|&|\\+)\\s*(?:the\\s+)?(?:serum\\s+)?");

    private static final Pattern OR_MORE = p("^\\s*(?<num>" + NUM + ")\\s*");

    private static final Pattern OR_MORE_TAIL =
            p("^\\s*(?:or\\s+(?<w>more|higher|greater|above|less|lower|below|fewer))");

    /** A join of lab names that offers them as alternatives: the word "or" alone (not "and/or", not "/"). */
    private static final Pattern OR_JOIN = p("^\\s*(?:\\([^()]{0,40}\\)\\s*)?or\\s*(?:the\\s+)?(?:serum\\s+)?$");

    /** Whether the keys of the lab group read last are alternatives ("lipase or amylase"); bare thresholds inherit it. */
    private boolean lastAnyKey;

    void labs() {
        Matcher key = LAB_KEY.matcher(text);
        int from = 0;
        List<String> lastKeys = null;
        while (from < text.length() && key.find(from)) {
            int start = key.start();
            if (!free(start, key.end())) {
                from = key.end();
                continue;
            }
            List<String> keys = new ArrayList<>();
            keys.add(keyOf(key.group()));
            int at = key.end();
            boolean onlyOr = true;
            // more keys: "AST and ALT", "AST/ALT", "ALT or AST"
            while (true) {
                Matcher join = KEY_JOIN.matcher(text).region(at, text.length());
                if (!join.lookingAt()) {
                    break;
                }
                Matcher next = LAB_KEY.matcher(text).region(join.end(), text.length());
                if (!next.lookingAt()) {
                    break;
                }
                keys.add(keyOf(next.group()));
                onlyOr &= OR_JOIN.matcher(join.group()).matches();
                at = next.end();
            }
            lastAnyKey = keys.size() > 1 && onlyOr;
            Matcher fill = KEY_FILL_P.matcher(text).region(at, text.length());
            int thresholdAt = fill.lookingAt() ? fill.end() : at;
            int end = readThresholds(keys, start, thresholdAt, false);
            if (end < 0 && thresholdAt != at) {
                end = readThresholds(keys, start, at, false);
            }
            if (end > 0) {
                lastKeys = keys;
                from = end;
                // bare thresholds inheriting the keys: "(≤ 5 × ULN for patients with liver metastases)", "; or ≤ 3 ×
                // ULN …"
                int bareFrom = end;
                while (true) {
                    // "< 2.5 × ULN in patients without liver metastases; < 5 × ULN in patients with …"
                    bareFrom = afterLiverCondition(bareFrom);
                    Matcher sep = BARE_SEPARATOR.matcher(text).region(bareFrom, text.length());
                    if (!sep.lookingAt()) {
                        break;
                    }
                    Matcher inHead = BARE_HEAD.matcher(text).region(bareFrom, text.length());
                    int tryAt = inHead.lookingAt() ? inHead.end() : sep.end();
                    int bareEnd = readThresholds(lastKeys, tryAt, tryAt, true);
                    if (bareEnd < 0) {
                        break;
                    }
                    bareFrom = bareEnd;
                }
                from = bareFrom;
            } else {
                from = key.end();
            }
        }
    }

    /** The end of a liver condition standing right at {@code at} (after spaces), else {@code at}. */
    private int afterLiverCondition(int at) {
        int next = at;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        for (Token t : tokens) {
            if (t instanceof Token.LiverCondition && t.start() == next) {
                return t.end();
            }
        }
        return at;
    }

    private static String keyOf(String written) {
        for (Map.Entry<String, Pattern> e : LAB_WORDS.entrySet()) {
            if (e.getValue().matcher(written).matches()) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("no lab key for " + written);
    }

    /** Reads thresholds at {@code at}; adds a Labs token from {@code start}; returns its end or -1. */
    private int readThresholds(List<String> keys, int start, int at, boolean bare) {
        List<LabCheck> thresholds = new ArrayList<>();
        int end = -1;
        Matcher t = THRESHOLD_P.matcher(text).region(at, text.length());
        Matcher range = RANGE_P.matcher(text).region(at, text.length());
        Matcher orMore = OR_MORE.matcher(text).region(at, text.length());
        if (t.lookingAt()) {
            Comparison cmp = Words.comparison(t.group("cmp"));
            double value;
            String unit;
            int unitFrom = t.end();
            if (t.group("num") == null) {
                value = 1;
                unit = limit(t.group("lim0"));
            } else {
                value = Words.number(t.group("num"));
                unit = t.group("lim") != null ? limit(t.group("lim")) : null;
            }
            if (unit == null) {
                Matcher u = UnitSpelling.UNIT.matcher(text).region(unitFrom, text.length());
                if (u.lookingAt() && u.end() > unitFrom) {
                    unit = UnitSpelling.ucum(u);
                    unitFrom = u.end();
                    // "1.5 × ULN" after a power-less "x": handled by ULN; here a unit then maybe "x ULN"
                }
            }
            if (unit == null) {
                unit = defaultUnit(keys);
            }
            if (unit == null) {
                return -1;
            }
            end = unitFrom;
            for (String k : keys) {
                thresholds.add(new LabCheck(k, cmp, value, unit, new TextSpan(start, end)));
            }
        } else if (!bare && range.lookingAt()) {
            double lo = Words.number(range.group("lo"));
            double hi = Words.number(range.group("hi"));
            Matcher u = UnitSpelling.UNIT.matcher(text).region(range.end(), text.length());
            String unit = u.lookingAt() && u.end() > range.end() ? UnitSpelling.ucum(u) : null;
            if (unit == null && range.group("u1") != null) {
                unit = "%";
            }
            if (unit == null) {
                unit = defaultUnit(keys);
            }
            if (unit == null || lo >= hi) {
                return -1;
            }
            end = u.lookingAt() && u.end() > range.end() ? u.end() : range.end();
            for (String k : keys) {
                thresholds.add(new LabCheck(k, Comparison.GE, lo, unit, new TextSpan(start, end)));
                thresholds.add(new LabCheck(k, Comparison.LE, hi, unit, new TextSpan(start, end)));
            }
        } else if (!bare && orMore.lookingAt()) {
            double value = Words.number(orMore.group("num"));
            Matcher u = UnitSpelling.UNIT.matcher(text).region(orMore.end(), text.length());
            String unit = u.lookingAt() && u.end() > orMore.end() ? UnitSpelling.ucum(u) : null;
            int after = u.lookingAt() && u.end() > orMore.end() ? u.end() : orMore.end();
            Matcher tail = OR_MORE_TAIL.matcher(text).region(after, text.length());
            if (unit == null || !tail.lookingAt()) {
                return -1;
            }
            String w = tail.group("w").toLowerCase(Locale.ROOT);
            Comparison cmp = w.equals("more") || w.equals("higher") || w.equals("greater") || w.equals("above")
                    ? Comparison.GE
                    : Comparison.LE;
            end = tail.end();
            for (String k : keys) {
                thresholds.add(new LabCheck(k, cmp, value, unit, new TextSpan(start, end)));
            }
        } else {
            return -1;
        }
        // trim trailing whitespace from the token
        while (end > at && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (!free(start, end)) {
            return -1;
        }
        tokens.add(new Token.Labs(start, end, List.copyOf(keys), thresholds, bare, keys.size() > 1 && lastAnyKey));
        return end;
    }

    private static String limit(String written) {
        if (written == null) {
            return null;
        }
        String w = written.toLowerCase(Locale.ROOT);
        return w.startsWith("l") ? LabCheck.LLN : LabCheck.ULN;
    }

    /** Units some analytes are written without: INR is a ratio, HbA1c and LVEF percentages only when "%" is there. */
    private static String defaultUnit(List<String> keys) {
        if (keys.stream().allMatch(k -> k.equals("INR"))) {
            return "1";
        }
        return null;
    }
}
