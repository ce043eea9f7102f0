package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.model.text.TextSpan;

/**
 * The tokens found so far in one item's text, shared by the {@link Recognizer}'s stages: each stage adds
 * tokens only where no earlier stage found one ({@link #free}), so the stages' order is their priority.
 */
class TokenScan {

    final String text;
    /** The text lower-cased once, for the stages' quick "does it mention …" checks. */
    final String lower;

    final List<Token> tokens;

    TokenScan(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.tokens = new ArrayList<>();
    }

    /** A stage over the same text and tokens. */
    TokenScan(TokenScan shared) {
        this.text = shared.text;
        this.lower = shared.lower;
        this.tokens = shared.tokens;
    }

    static Pattern p(String regex) {
        return Pattern.compile("(?i)" + regex);
    }

    static Map<String, Pattern> compiled(Map<String, String> vocabulary) {
        Map<String, Pattern> out = new LinkedHashMap<>();
        vocabulary.forEach((k, v) -> out.put(k, Vocabulary.words(v)));
        return out;
    }

    /** A therapy named as what the trial will give ("fit for protocol chemotherapy"), not a prior therapy. */
    private static final Pattern FUTURE_THERAPY = p(
            "(?:fit|eligible|candidates?|suitable|planned|scheduled|indicated|indications?|requir(?:e|es|ing)|need(?:s|ing)?|contraindications?|protocol|study|trial|undergo(?:ing)?|receive|awaiting|intended)\\s+(?:for\\s+|to\\s+)?(?:the\\s+)?(?:(?:study|protocol|trial|planned|exogenous|further)\\s+)?$");

    boolean mentions(String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static TextSpan span(Matcher m) {
        return new TextSpan(m.start(), m.end());
    }

    /** Whether no token found so far overlaps {@code [start, end)}. */
    boolean free(int start, int end) {
        for (Token t : tokens) {
            if (start < t.end() && t.start() < end) {
                return false;
            }
        }
        return true;
    }

    /** A token made of each match that overlaps none found so far ({@code make} may decline with null). */
    void find(Pattern pattern, Function<Matcher, Token> make) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start() && free(m.start(), m.end())) {
                Token t = make.apply(m);
                if (t != null) {
                    tokens.add(t);
                }
            }
        }
    }

    void find(int start, int end, Criterion criterion) {
        if (free(start, end)) {
            tokens.add(new Token.Atom(start, end, criterion));
        }
    }

    /** Whether a therapy at {@code at} is one the trial will give, not a prior one. */
    boolean futureTherapy(int at) {
        return FUTURE_THERAPY.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }
}
