package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PerformanceCheck;
import org.trialfinder.model.text.TextSpan;

/**
 * "ECOG ≤ 2 (Karnofsky ≥ 60%)": a performance status given on a second scale in brackets is the same
 * requirement said another way, so either scale's score decides it; read as the alternatives, never as
 * both required (a patient scored on one scale only would otherwise never meet it).
 */
final class ScaleAlternatives {

    private ScaleAlternatives() {}

    private static final Pattern OPEN =
            Pattern.compile("(?i)^\\s*[(\\[]\\s*(?:or\\s+|i\\.\\s?e\\.?,?\\s+|equivalent\\s+to\\s+)?$");
    /** The bracket's end, after a reference to where the scales are defined ("…, see Appendix A)"). */
    private static final Pattern CLOSE = Pattern.compile(
            "(?i)^\\s*(?:[,;]\\s*(?:see|refer\\s+to)\\s+(?:appendix|table|section|attachment)\\s*[\\w.]{0,8}\\s*)?[)\\]]");

    /** "ECOG performance status &lt; 2 i.e. 0 or 1": the same score said again after "i.e.". */
    private static final Pattern RESTATED = Pattern.compile("(?i)[,\\s]*(?:i\\.\\s?e\\.?|that\\s+is)\\s*,?\\s*(?<spec>"
            + PerformanceTokens.SCORE_SPEC + ")(?![\\d%]|\\.\\d)");

    /**
     * Takes a restatement of a 0-5 score that allows exactly the same scores ("&lt; 2 i.e. 0 or 1") into the
     * score; a restatement that differs is left unread beside it, so the item is not read.
     */
    static void dropRestatements(String text, List<Token> tokens) {
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Token.Atom first
                    && first.criterion() instanceof PerformanceCheck score
                    && (score.scale() == PerformanceCheck.Scale.ECOG || score.scale() == PerformanceCheck.Scale.WHO))) {
                continue;
            }
            Matcher m = RESTATED.matcher(text).region(first.end(), text.length());
            if (!m.lookingAt()) {
                continue;
            }
            // only the "i.e." read as the start of examples may stand inside the restatement
            int inside = 0;
            for (int k = i + 1; k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
                if (!(tokens.get(k) instanceof Token.Atom a
                        && a.criterion() instanceof NotComputable
                        && a.end() <= m.end())) {
                    inside = -1;
                    break;
                }
                inside++;
            }
            PerformanceCheck again = PerformanceTokens.scoreSpec(score.scale(), m.group("spec"), score.span(), 5);
            if (inside < 0 || again == null || !allowed(again).equals(allowed(score))) {
                continue;
            }
            TextSpan span = new TextSpan(first.start(), m.end());
            tokens.set(
                    i,
                    new Token.Atom(
                            span.start(),
                            span.end(),
                            new PerformanceCheck(
                                    score.scale(), score.comparison(), score.value(), score.values(), span)));
            for (int k = 0; k < inside; k++) {
                tokens.remove(i + 1);
            }
        }
    }

    /** The scores 0-5 a check allows. */
    private static List<Integer> allowed(PerformanceCheck c) {
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v <= 5; v++) {
            if (c.comparison() == null ? c.values().contains(v) : c.comparison().test(v, c.value())) {
                out.add(v);
            }
        }
        return out;
    }

    /** Replaces each score followed by its bracketed other-scale score with one token of both as alternatives. */
    static void merge(String text, List<Token> tokens) {
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Token.Atom first
                    && first.criterion() instanceof PerformanceCheck a
                    && tokens.get(i + 1) instanceof Token.Atom second
                    && second.criterion() instanceof PerformanceCheck b
                    && a.scale() != b.scale()
                    && first.end() <= second.start()
                    && OPEN.matcher(text.substring(first.end(), second.start())).matches())) {
                continue;
            }
            Matcher close = CLOSE.matcher(text).region(second.end(), text.length());
            if (!close.lookingAt()) {
                continue;
            }
            TextSpan span = new TextSpan(first.start(), close.end());
            tokens.set(i, new Token.Atom(span.start(), span.end(), new Or(List.of(a, b), span)));
            tokens.remove(i + 1);
        }
    }
}
