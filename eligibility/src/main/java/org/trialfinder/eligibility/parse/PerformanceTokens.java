package org.trialfinder.eligibility.parse;

import static org.trialfinder.eligibility.parse.Words.CMP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.PerformanceCheck;
import org.trialfinder.model.text.TextSpan;

/** A recogniser stage of {@link Recognizer}: Performance status on the ECOG/WHO/Zubrod, Karnofsky and Lansky scales, as written ("ECOG 0-1", "KPS ≥ 70%"). */
final class PerformanceTokens extends TokenScan {

    PerformanceTokens(TokenScan scan) {
        super(scan);
    }
    /** A score on a 0-5 scale as written: "≤ 2", "0-1", "0, 1 or 2", "0/1", "1 or less", "1". */
    static final String SCORE_SPEC = "(?:" + CMP
            + ")\\s*\\d|\\d\\s*(?:-|–|to)\\s*\\d|\\d(?:\\s*,\\s*\\d)*\\s*,?\\s*(?:or|and)\\s*\\d|\\d(?:\\s*/\\s*\\d)+|\\d\\s*or\\s*(?:less|lower|better|below)|\\d";

    private static final Pattern ECOG = p(
            "(?:performance\\s+status\\s+(?:of|according\\s+to)\\s+(?:the\\s+)?)?(?:(?:ECOG|Zubrod|Eastern\\s+(?:Cooperative\\s+Oncology|Cancer\\s+Cooperative|Cooperative)\\s+Group)(?:\\s*\\(?\\s*ECOG\\s*\\)?)?(?<who>)|(?<whoScale>WHO|World\\s+Health\\s+Organi[sz]ation)(?:\\s*\\(WHO\\))?)"
                    + "(?:\\s*(?:(?:performance|physical|behaviou?r)(?:\\s*(?:status|score|scale|grade|PS|standard))?|status|score|scale|grade|PS|standard)){0,3}"
                    + "(?:\\s*\\((?:PS|ECOG\\s+PS|ECOG|performance\\s+status)\\))?\\s*(?:of|:|is|=|must\\s+be|should\\s+be|(?:is\\s+)?equal\\s+to|score(?:\\s+of)?)?\\s*(?<spec>"
                    + SCORE_SPEC + ")(?:\\s*points?)?(?![\\d%]|\\.\\d)");

    /** "Performance status 0-1 (ECOG PS)": the scale named after the score. */
    private static final Pattern SCALE_AFTER = p(
            "\\bperformance\\s+status(?:\\s*\\(PS\\))?\\s*(?:of|:|is|=|must\\s+be|should\\s+be)?\\s*(?<spec>"
                    + SCORE_SPEC
                    + ")\\s*\\(\\s*(?:(?<ecog>ECOG|Zubrod)|(?<whoScale>WHO))(?:\\s+(?:PS|performance\\s+status|scale|criteria))?\\s*\\)");

    private static final Pattern KARNOFSKY = p(
            "(?:(?<k>Karnofsky)(?:\\s+performance)?(?:\\s+(?:status|score|scale|index))?(?:\\s*\\((?:KPS|KPS\\s+score)\\))?|(?<kps>KPS)|(?<l>Lansky)(?:\\s+play)?(?:\\s+performance)?(?:\\s+(?:status|score|scale))?)"
                    + "\\s*(?:of|:|is|=|must\\s+be|score(?:\\s+of)?)?\\s*(?<spec>(?:" + CMP
                    + ")\\s*\\d{2,3}\\s*%?|\\d{2,3}\\s*%?\\s*(?:-|–|to)\\s*100\\s*%?|\\d{2,3}\\s*%?\\s*or\\s*(?:more|higher|greater|above))");

    private static final Pattern SCALE_FIRST = p(
            "(?<cmp>" + CMP
                    + ")\\s*(?<n>\\d{2,3})\\s*%?\\s*(?:by|on|using|according\\s+to)?\\s*(?:the\\s+)?(?<scale>lansky|karnofsky)(?:\\s+(?:play\\s+)?(?:performance\\s+)?(?:scale|score|status))?");

    void performance() {
        find(SCALE_AFTER, m -> {
            PerformanceCheck.Scale scale =
                    m.group("whoScale") != null ? PerformanceCheck.Scale.WHO : PerformanceCheck.Scale.ECOG;
            PerformanceCheck check = scoreSpec(scale, m.group("spec"), span(m), 5);
            return check == null ? null : new Token.Atom(m.start(), m.end(), check);
        });
        find(ECOG, m -> {
            PerformanceCheck.Scale scale =
                    m.group("whoScale") != null ? PerformanceCheck.Scale.WHO : PerformanceCheck.Scale.ECOG;
            PerformanceCheck check = scoreSpec(scale, m.group("spec"), span(m), 5);
            return check == null ? null : new Token.Atom(m.start(), m.end(), check);
        });
        find(
                SCALE_FIRST,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        new PerformanceCheck(
                                m.group("scale").toLowerCase(Locale.ROOT).startsWith("l")
                                        ? PerformanceCheck.Scale.LANSKY
                                        : PerformanceCheck.Scale.KARNOFSKY,
                                Words.comparison(m.group("cmp")),
                                Integer.parseInt(m.group("n")),
                                List.of(),
                                span(m))));
        find(KARNOFSKY, m -> {
            PerformanceCheck.Scale scale =
                    m.group("l") != null ? PerformanceCheck.Scale.LANSKY : PerformanceCheck.Scale.KARNOFSKY;
            PerformanceCheck check = scoreSpec(scale, m.group("spec"), span(m), 100);
            return check == null ? null : new Token.Atom(m.start(), m.end(), check);
        });
    }

    private static final Pattern SPEC_CMP = p("^(?<cmp>" + CMP + ")\\s*(?<n>\\d{1,3})\\s*%?$");

    private static final Pattern SPEC_RANGE = p("^(?<lo>\\d{1,3})\\s*%?\\s*(?:-|–|to)\\s*(?<hi>\\d{1,3})\\s*%?$");

    private static final Pattern SPEC_LIST = p("^(?<list>\\d(?:\\s*,\\s*\\d)*)\\s*,?\\s*(?:or|and)\\s*(?<last>\\d)$");

    private static final Pattern SPEC_SLASHES = p("^\\d(?:\\s*/\\s*\\d)+$");

    private static final Pattern SPEC_OR_LESS =
            p("^(?<n>\\d{1,3})\\s*%?\\s*or\\s*(?<w>less|lower|better|below|more|higher|greater|above)$");

    /** "0-1", "≤ 2", "0 or 1", "0, 1 or 2", "70-100%", "1" → a check; null when not a score spec. */
    static PerformanceCheck scoreSpec(PerformanceCheck.Scale scale, String spec, TextSpan span, int max) {
        String s = spec.strip();
        Matcher m;
        if ((m = SPEC_CMP.matcher(s)).matches()) {
            return new PerformanceCheck(
                    scale, Words.comparison(m.group("cmp")), Integer.parseInt(m.group("n")), List.of(), span);
        }
        if ((m = SPEC_RANGE.matcher(s)).matches()) {
            int lo = Integer.parseInt(m.group("lo"));
            int hi = Integer.parseInt(m.group("hi"));
            if (lo > hi || hi > max) {
                return null;
            }
            if (lo == 0) {
                return new PerformanceCheck(scale, Comparison.LE, hi, List.of(), span);
            }
            if (hi == max) {
                return new PerformanceCheck(scale, Comparison.GE, lo, List.of(), span);
            }
            if (max == 100) {
                return null;
            }
            List<Integer> values = new ArrayList<>();
            for (int v = lo; v <= hi; v++) {
                values.add(v);
            }
            return new PerformanceCheck(scale, null, 0, values, span);
        }
        if (SPEC_SLASHES.matcher(s).matches()) {
            // "0/1": the scores listed
            List<Integer> values = new ArrayList<>();
            for (String v : s.split("\\s*/\\s*")) {
                values.add(Integer.parseInt(v.strip()));
            }
            return new PerformanceCheck(
                    scale, null, 0, values.stream().distinct().sorted().toList(), span);
        }
        if ((m = SPEC_LIST.matcher(s)).matches()) {
            List<Integer> values = new ArrayList<>();
            for (String v : m.group("list").split("\\s*,\\s*")) {
                values.add(Integer.parseInt(v.strip()));
            }
            values.add(Integer.parseInt(m.group("last")));
            return new PerformanceCheck(
                    scale, null, 0, values.stream().distinct().sorted().toList(), span);
        }
        if ((m = SPEC_OR_LESS.matcher(s)).matches()) {
            String w = m.group("w").toLowerCase(Locale.ROOT);
            boolean down =
                    w.equals("less") || w.equals("lower") || w.equals("below") || (w.equals("better") && max == 5);
            return new PerformanceCheck(
                    scale, down ? Comparison.LE : Comparison.GE, Integer.parseInt(m.group("n")), List.of(), span);
        }
        if (s.matches("\\d")) {
            return new PerformanceCheck(scale, null, 0, List.of(Integer.parseInt(s)), span);
        }
        return null;
    }

    static int roman(String written) {
        return switch (written.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
