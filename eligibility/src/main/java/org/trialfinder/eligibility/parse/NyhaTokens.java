package org.trialfinder.eligibility.parse;

import static org.trialfinder.eligibility.parse.Words.CMP;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.NyhaCheck;
import org.trialfinder.model.text.TextSpan;

/** A recogniser stage of {@link Recognizer}: Heart failure by NYHA class ("NYHA class III or IV"). */
final class NyhaTokens extends TokenScan {

    NyhaTokens(TokenScan scan) {
        super(scan);
    }

    void find() {
        find(NYHA_AFTER, m -> {
            Criterion nyha = nyha(m, null);
            return nyha == null
                    ? null
                    : new Token.Atom(
                            m.start(),
                            m.end(),
                            new And(List.of(new DiagnosisCheck("heart_failure", span(m)), nyha), span(m)));
        });
        find(
                NYHA,
                m -> new Token.Atom(
                        m.start(), m.end(), nyha(m, m.group("pcmp") != null ? m.group("pcmp") : m.group("cmp"))));
    }

    private static final Pattern NYHA = p(
            "(?:(?<pcmp>" + CMP
                    + ")\\s*)?(?:NYHA|New\\s+York\\s+Heart\\s+Association)(?:\\s*\\(NYHA\\))?(?:\\s+functional)?(?:\\s+(?:class(?:ification)?|grade|stage))?\\s*(?<cmp>"
                    + CMP
                    + ")?\\s*(?<a>IV|III|II|I|[1-4])\\b(?:\\s*(?:-|–|to|or|/)\\s*(?<b>IV|III|II|I|[1-4])\\b)?(?<more>\\s*(?:or|and)\\s*(?:higher|greater|above|worse|more|over))?");

    private static final Pattern NYHA_AFTER = p(
            "(?:heart|cardiac)\\s+failure\\s+(?:of\\s+)?(?:class|grade)\\s*(?<a>IV|III|II|I|[1-4])\\b(?:\\s*(?:-|–|to|or|/)\\s*(?<b>IV|III|II|I|[1-4])\\b)?(?<more>\\s*(?:or|and)\\s*(?:higher|greater|above|worse|more))?(?:\\s*(?:according\\s+to|per|by)\\s*(?:the\\s+)?(?:NYHA|New\\s+York\\s+Heart\\s+Association)(?:\\s+(?:cardiac\\s+)?(?:function(?:al)?\\s+)?classification)?)");

    private static Criterion nyha(Matcher m, String cmpWritten) {
        int a = PerformanceTokens.roman(m.group("a"));
        TextSpan span = span(m);
        if (m.group("b") != null) {
            int b = PerformanceTokens.roman(m.group("b"));
            if (b < a) {
                return null;
            }
            if (b == 4) {
                return new NyhaCheck(Comparison.GE, a, span);
            }
            if (a == 1) {
                return new NyhaCheck(Comparison.LE, b, span);
            }
            return new And(List.of(new NyhaCheck(Comparison.GE, a, span), new NyhaCheck(Comparison.LE, b, span)), span);
        }
        if (m.group("more") != null) {
            return new NyhaCheck(Comparison.GE, a, span);
        }
        if (cmpWritten != null) {
            return new NyhaCheck(Words.comparison(cmpWritten), a, span);
        }
        return new NyhaCheck(Comparison.EQ, a, span);
    }
}
