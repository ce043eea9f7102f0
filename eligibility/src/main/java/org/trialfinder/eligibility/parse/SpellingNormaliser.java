package org.trialfinder.eligibility.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.Respan;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.model.text.TextSpan;

/**
 * The parser's first stage: the spellings of real records brought to the one the recognisers read, with a
 * map back to the original text, so what a reader is shown is always the record's own words.
 *
 * <ul>
 *   <li>Full-width forms of CJK typesetting ({@code （）；：，＞≧１５}) and the ideographic comma and full stop
 *       ({@code 、。}) as their ASCII characters; the ideographic space as a space.
 *   <li>A range written with a tilde or a wave dash between numbers ({@code 0~1}, {@code 0～1}, {@code 0－1})
 *       as {@code 0-1}.
 *   <li>"lesser than" as "less than"; comparator phrases the grammar lacks ("equal or greater to", "less than or
 *       equal 2.5") as the sign.
 *   <li>A point or a space before three digits in a count per µL or mm³ ("100.000/µl", "100 000/uL") as a
 *       thousands separator.
 *   <li>CJK squared unit signs ("2.0㎎/㎗") as their letters ("2.0mg/dL").
 *   <li>"1.5 ´ 109/L" (a multiplication sign lost in an encoding) as "1.5 x 109/L"; "life-expectancy" as two words.
 *   <li>"combined with" between two thresholds as "and".
 *   <li>"(liver metastasis ≤ 5 × ULN)" as "(≤ 5 × ULN with liver metastasis)".
 * </ul>
 *
 * Nothing else changes: a stage that guessed (a comma read as a decimal point, a lost superscript) would
 * hide the choice from the recognisers that know the context.
 */
final class SpellingNormaliser {

    private SpellingNormaliser() {}

    /** "lesser than": the comparator spelled as in "lesser than or equal to (≤)". */
    private static final Pattern LESSER = Pattern.compile("(?i)\\blesser(?=\\s+than\\b)");

    /** A tilde, wave dash or minus sign between two numbers: a range. */
    private static final Pattern RANGE_DASH = Pattern.compile("(?<=\\d)\\s*[~～〜－−]\\s*(?=\\d)");

    /**
     * "AST/ALT &gt; 3 × ULN combined with bilirubin &gt; 1.5 × ULN": after a threshold (a number, a unit, × ULN),
     * "combined with" / "together with" / "in combination with" joins the next one as "and" does.
     */
    private static final Pattern COMBINED_WITH = Pattern.compile("(?i)(?<=ULN|LLN|%|/[a-zµ]{1,3}|/mm3|/mm³)\\s*,?\\s+"
            + "(?:combined|together|concomitant(?:ly)?|in\\s+combination|accompanied)\\s+(?:with|by)\\s+(?=\\p{L})");

    /**
     * "ALT ≤ 3 × ULN (liver metastasis ≤ 5 × ULN)": the patients a bracketed limit is for, named before it, as
     * "(≤ 5 × ULN with liver metastasis)", the order the conditional limits are read in.
     */
    private static final Pattern LIVER_FIRST = Pattern.compile("(?i)\\(\\s*(?:(?:for|in|with)\\s+)?(?:tumou?r\\s+)?"
            + "(?<who>(?:liver|hepatic)\\s+metastas[ie]s)\\s*[:,]?\\s*(?<limit>(?:[<>≤≥=]|[<>]=)[^()]{1,30}?)\\s*\\)");

    /**
     * Comparator phrases the grammar does not spell out ("equal or greater to", "greater or equal to", "less
     * than or equal 2.5", "equal to or above"), as the sign.
     */
    private static final Pattern AT_LEAST =
            Pattern.compile("(?i)\\b(?:equal\\s+(?:to\\s+)?or\\s+(?:greater|more|higher|above|over)(?:\\s+(?:than|to))?"
                    + "|(?:greater|more|higher)\\s+or\\s+equal(?:\\s+(?:to|than))?"
                    + "|(?:greater|more|higher)\\s+than\\s+or\\s+equal(?!\\s+to\\b))\\b");

    private static final Pattern AT_MOST = Pattern.compile(
            "(?i)\\b(?:equal\\s+(?:to\\s+)?or\\s+(?:less|lower|smaller|below|under)(?:\\s+(?:than|to))?"
                    + "|(?:less|lower|smaller)\\s+or\\s+equal(?:\\s+(?:to|than))?"
                    + "|(?:less|lower|smaller)\\s+than\\s+or\\s+equal(?!\\s+to\\b)|smaller\\s+than\\s+or\\s+equal\\s+to)\\b");

    /**
     * "100.000/µl", "1.500/mm3": a count per microlitre or cubic millimetre is a whole number, so a point
     * before three digits there is a thousands separator (as written in European records), not a decimal point.
     */
    private static final Pattern POINT_THOUSANDS = Pattern.compile(
            "(?i)(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?![\\d.,]\\d)(?=\\s*(?:cells?\\s*)?/\\s*(?:(?:µ|μ|u|mc)\\s*l\\b|mm))");

    /** "1 500/µL", "100 000/uL": a space between thousands in a count per µL or mm³. */
    private static final Pattern SPACE_THOUSANDS = Pattern.compile(
            "(?i)(?<![\\d.,])\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+(?![\\d.,]\\d)(?=\\s*(?:cells?\\s*)?/\\s*(?:(?:µ|μ|u|mc)\\s*l\\b|mm))");

    /** "1.5 ´ 109/L": an acute accent where a multiplication sign was lost in an encoding. */
    private static final Pattern ACUTE_TIMES = Pattern.compile("(?<=\\d)\\s*´\\s*(?=10)");

    /** "life-expectancy". */
    private static final Pattern LIFE_HYPHEN = Pattern.compile("(?i)(?<=\\blife)-(?=expectancy)");

    /** CJK squared unit signs ("㎎/㎗", "㎖", "㎕"): their letters, as compatibility decomposition gives them. */
    private static final Pattern SQUARED_UNIT = Pattern.compile("[\\u3380-\\u33DF]");

    /** Reads a text; never null. */
    static Normalised normalise(String original) {
        String text = original == null ? "" : original;
        // one character for one: full-width forms, ideographic punctuation
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char n = c >= '\uFF01' && c <= '\uFF5E'
                    ? (char) (c - 0xFEE0)
                    : switch (c) {
                        case '\u3000' -> ' ';
                        case '、' -> ',';
                        case '。' -> '.';
                        default -> c;
                    };
            changed |= n != c;
            chars[i] = n;
        }
        // "～" became "~" above; the range dash reads either
        Builder b = new Builder(text, new String(chars));
        b.replace(RANGE_DASH, "-");
        b.replace(LESSER, "less");
        b.replace(AT_LEAST, "≥");
        b.replace(AT_MOST, "≤");
        b.replace(POINT_THOUSANDS, m -> m.group().replace(".", ""));
        b.replace(SPACE_THOUSANDS, m -> m.group().replaceAll("\\D", ""));
        b.replace(ACUTE_TIMES, " x ");
        b.replace(LIFE_HYPHEN, " ");
        b.replace(SQUARED_UNIT, m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
        b.replace(COMBINED_WITH, " and ");
        b.replace(LIVER_FIRST, m -> "(" + m.group("limit") + " with " + m.group("who") + ")");
        return b.changed || changed ? b.build() : Normalised.unchanged(text);
    }

    /** Builds the normalised text and, for each of its characters, the original characters it stands for. */
    private static final class Builder {
        private final String original;
        private String text;
        private int[] starts;
        private int[] ends;
        boolean changed;

        Builder(String original, String sameLength) {
            this.original = original;
            this.text = sameLength;
            this.starts = new int[text.length()];
            this.ends = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                starts[i] = i;
                ends[i] = i + 1;
            }
        }

        void replace(Pattern pattern, String replacement) {
            replace(pattern, m -> replacement);
        }

        void replace(Pattern pattern, Function<MatchResult, String> replacing) {
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                return;
            }
            changed = true;
            StringBuilder out = new StringBuilder();
            int[] s = new int[text.length() + 16];
            int[] e = new int[s.length];
            int n = 0;
            int at = 0;
            do {
                for (int i = at; i < m.start(); i++) {
                    s = grow(s, n);
                    e = grow(e, n);
                    out.append(text.charAt(i));
                    s[n] = starts[i];
                    e[n] = ends[i];
                    n++;
                }
                String replacement = replacing.apply(m);
                // every replacing character stands for the whole replaced stretch
                int from = m.start() < starts.length ? starts[m.start()] : original.length();
                int to = m.end() > m.start() ? ends[m.end() - 1] : from;
                for (int k = 0; k < replacement.length(); k++) {
                    s = grow(s, n);
                    e = grow(e, n);
                    out.append(replacement.charAt(k));
                    s[n] = from;
                    e[n] = to;
                    n++;
                }
                at = m.end();
            } while (m.find());
            for (int i = at; i < text.length(); i++) {
                s = grow(s, n);
                e = grow(e, n);
                out.append(text.charAt(i));
                s[n] = starts[i];
                e[n] = ends[i];
                n++;
            }
            text = out.toString();
            starts = Arrays.copyOf(s, n);
            ends = Arrays.copyOf(e, n);
        }

        private static int[] grow(int[] a, int n) {
            return n < a.length ? a : Arrays.copyOf(a, a.length * 2 + 16);
        }

        Normalised build() {
            return new Normalised(original, text, starts, ends);
        }
    }

    /** A normalised text and where each of its characters stands in the original. */
    static final class Normalised {
        private final String original;
        private final String text;
        private final int[] starts;
        private final int[] ends;

        private Normalised(String original, String text, int[] starts, int[] ends) {
            this.original = original;
            this.text = text;
            this.starts = starts;
            this.ends = ends;
        }

        static Normalised unchanged(String text) {
            return new Normalised(text, text, null, null);
        }

        /** The text the recognisers read. */
        String text() {
            return text;
        }

        /** The original span of the normalised characters {@code [start, end)}. */
        TextSpan original(TextSpan span) {
            if (starts == null || !span.known()) {
                return span;
            }
            if (text.isEmpty()) {
                return new TextSpan(0, original.length());
            }
            int s = Math.max(0, Math.min(span.start(), text.length()));
            if (span.end() <= span.start()) {
                int at = s < starts.length ? starts[s] : original.length();
                return new TextSpan(at, at);
            }
            int e = Math.min(span.end(), text.length()) - 1;
            return new TextSpan(starts[s], Math.max(starts[s], ends[e]));
        }

        /**
         * The tree read from the normalised text, with its spans in the original and the texts of its
         * unread parts in the original's words.
         */
        Criterion original(Criterion tree) {
            if (starts == null) {
                return tree;
            }
            return Respan.map(originalTexts(tree), this::original);
        }

        private Criterion originalTexts(Criterion c) {
            return switch (c) {
                case And a ->
                    new And(a.parts().stream().map(this::originalTexts).toList(), a.span());
                case Or o -> new Or(o.parts().stream().map(this::originalTexts).toList(), o.span());
                case Not n -> new Not(originalTexts(n.part()), n.span());
                case Conditional k -> new Conditional(originalTexts(k.condition()), originalTexts(k.then()), k.span());
                case Within w -> new Within(w.window(), originalTexts(w.part()), w.span());
                case NotComputable n
                when n.span().known()
                        && n.span().end() <= text.length()
                        && n.text()
                                .equals(text.substring(
                                        n.span().start(), n.span().end())) ->
                    new NotComputable(original(n.span()).of(original), n.span(), n.reason());
                default -> c;
            };
        }
    }
}
