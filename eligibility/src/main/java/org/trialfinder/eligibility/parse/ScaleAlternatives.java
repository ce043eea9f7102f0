package org.trialfinder.eligibility.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
