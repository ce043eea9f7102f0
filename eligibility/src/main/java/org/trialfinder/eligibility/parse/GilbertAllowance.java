package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * A second limit for patients with Gilbert's syndrome, written after the limit ("Total bilirubin ≤ 1.5 × ULN
 * (≤ 3 × ULN in case of Gilbert's syndrome)", "TBIL &gt; 1.5 × ULN or TBIL &gt; 2.5 × ULN in Gilbert syndrome
 * subjects") or before it ("(Gilbert's syndrome subjects: TBIL ≤ 3 mg/dL)"). Gilbert's syndrome has no term,
 * so which limit applies to a patient is unknown; what is known is kept, as the notation's conventions say:
 * an inclusion is met when the general limit is ({@code or(general, and(gilbert, not_computable))}), an
 * exclusion holds when even the Gilbert limit is broken ({@code or(gilbert, and(general, not_computable))}).
 * Only when the Gilbert limit is the looser one (same key, same direction, the larger bound), as it always is.
 */
final class GilbertAllowance {

    private GilbertAllowance() {}

    private static final String GILBERT = "gilbert(?:'s|’s|s)?(?:\\s+(?:syndrome|disease))?";
    private static final Pattern NAMES_GILBERT = Pattern.compile("(?i)\\bgilbert");

    private static final Pattern BETWEEN = Pattern.compile("(?i)^\\s*(?:[(\\[]|,|;|,\\s*or|;\\s*or|or|-\\s*or)?\\s*$");
    /** The patients the second limit is for, written after it. */
    private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:\\(\\s*[^()]{0,30}\\)\\s*)?,?\\s*"
            + "(?<who>(?:in\\s+case\\s+of|if|when|for|in|with|among)\\s+"
            + "(?:(?:patients|subjects|participants|those|individuals|people)\\s+(?:with|who\\s+have|having)\\s+)?"
            + "(?:(?:known|documented|confirmed|a\\s+diagnosis\\s+of)\\s+)?" + GILBERT
            + "(?:\\s+(?:patients|subjects|participants))?(?:\\s+(?:is|are)\\s+(?:present|known|documented))?)"
            + "\\s*(?<close>[)\\]])?");
    /** The patients the second limit is for, written before it. */
    private static final Pattern BEFORE = Pattern.compile("(?i)^\\s*(?<open>[(\\[])?\\s*,?\\s*(?:or\\s+)?"
            + "(?<who>(?:(?:for|in)\\s+)?(?:(?:patients|subjects|participants)\\s+with\\s+)?(?:known\\s+|documented\\s+)?"
            + GILBERT + "(?:\\s+(?:patients|subjects|participants))?)\\s*[:,]?\\s*$");

    private static final Pattern CLOSE = Pattern.compile("^\\s*[)\\]]");

    /** Replaces a general limit and its Gilbert limit by one token of both. */
    static void merge(String text, List<Token> tokens) {
        if (!NAMES_GILBERT.matcher(text).find()) {
            return;
        }
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Token.Labs general
                    && !general.bare()
                    && tokens.get(i + 1) instanceof Token.Labs gilbert
                    && gilbert.keys().equals(general.keys())
                    && general.end() <= gilbert.start())) {
                continue;
            }
            String between = text.substring(general.end(), gilbert.start());
            TextSpan who;
            int end;
            Matcher before = BEFORE.matcher(between);
            if (BETWEEN.matcher(between).matches()) {
                Matcher after = AFTER.matcher(text).region(gilbert.end(), text.length());
                if (!after.lookingAt() || between.contains("(") != (after.group("close") != null)) {
                    continue;
                }
                who = new TextSpan(after.start("who"), after.end("who"));
                end = after.end();
            } else if (before.matches()) {
                Matcher close = CLOSE.matcher(text).region(gilbert.end(), text.length());
                boolean closed = close.lookingAt();
                if ((before.group("open") != null) != closed) {
                    continue;
                }
                int at = general.end();
                who = new TextSpan(at + before.start("who"), at + before.end("who"));
                end = closed ? close.end() : gilbert.end();
            } else {
                continue;
            }
            if (i + 2 < tokens.size() && tokens.get(i + 2).start() < end || !looser(general, gilbert)) {
                continue;
            }
            TextSpan span = new TextSpan(general.start(), end);
            NotComputable unread = new NotComputable(who.of(text), who, UnreadReason.CONDITIONAL_NOT_READ);
            tokens.set(
                    i,
                    new Token.BySection(
                            span.start(), span.end(), section -> tree(general, gilbert, unread, section, span)));
            tokens.remove(i + 1);
        }
    }

    private static Criterion tree(
            Token.Labs general, Token.Labs gilbert, NotComputable unread, Section section, TextSpan span) {
        boolean exclusion = section == Section.EXCLUSION;
        // an inclusion bounds from above ("≤ 1.5 × ULN"), an exclusion names what is too high ("> 1.5 × ULN")
        boolean upper = general.thresholds().get(0).comparison() == Comparison.LE
                || general.thresholds().get(0).comparison() == Comparison.LT;
        if (upper == exclusion) {
            return new NotComputable(unread.text(), span, unread.reason());
        }
        Criterion kept = labs(exclusion ? gilbert : general, exclusion, span);
        Criterion unsure = labs(exclusion ? general : gilbert, exclusion, span);
        return new Or(List.of(kept, new And(List.of(unsure, unread), span)), span);
    }

    /** Each key's thresholds all hold; keys join as the section says (as the run joins a lab token). */
    private static Criterion labs(Token.Labs l, boolean exclusion, TextSpan span) {
        List<Criterion> perKey = new ArrayList<>();
        for (String key : l.keys()) {
            List<Criterion> th = new ArrayList<>();
            for (LabCheck c : l.thresholds()) {
                if (c.key().equals(key)) {
                    th.add(c);
                }
            }
            perKey.add(th.size() == 1 ? th.get(0) : new And(th, span));
        }
        if (perKey.size() == 1) {
            return perKey.get(0);
        }
        return exclusion || l.anyKey() ? new Or(perKey, span) : new And(perKey, span);
    }

    /** One threshold each, same direction, and the Gilbert one no stricter when both are in the same unit. */
    private static boolean looser(Token.Labs general, Token.Labs gilbert) {
        if (general.thresholds().size() != general.keys().size()
                || gilbert.thresholds().size() != gilbert.keys().size()) {
            return false;
        }
        LabCheck g = general.thresholds().get(0);
        LabCheck h = gilbert.thresholds().get(0);
        boolean gUpper = g.comparison() == Comparison.LE || g.comparison() == Comparison.LT;
        boolean hUpper = h.comparison() == Comparison.LE || h.comparison() == Comparison.LT;
        boolean gLower = g.comparison() == Comparison.GE || g.comparison() == Comparison.GT;
        boolean hLower = h.comparison() == Comparison.GE || h.comparison() == Comparison.GT;
        if (!(gUpper && hUpper || gLower && hLower)) {
            return false;
        }
        return !g.unit().equals(h.unit()) || h.value() >= g.value();
    }

    /**
     * Whether every unread part of the tree is a Gilbert allowance ({@code and(limit, not_computable)} offered
     * as an alternative beside a read one): such a tree is no stronger than its text, so it is kept.
     */
    static boolean onlyUnreadAllowances(Criterion c) {
        return switch (c) {
            case NotComputable n -> false;
            case Or o -> {
                boolean read = false;
                for (Criterion p : o.parts()) {
                    if (allowance(p)) {
                        continue;
                    }
                    if (!onlyUnreadAllowances(p)) {
                        yield false;
                    }
                    read |= !p.partlyNotComputable();
                }
                yield read;
            }
            case And a -> a.parts().stream().allMatch(GilbertAllowance::onlyUnreadAllowances);
            case Not n -> onlyUnreadAllowances(n.part());
            case Conditional k -> onlyUnreadAllowances(k.condition()) && onlyUnreadAllowances(k.then());
            case Within w -> onlyUnreadAllowances(w.part());
            default -> true;
        };
    }

    private static boolean allowance(Criterion c) {
        if (!(c instanceof And a)) {
            return false;
        }
        long unread = a.parts().stream().filter(p -> p instanceof NotComputable).count();
        return unread == 1
                && a.parts().stream()
                        .anyMatch(p -> p instanceof NotComputable n
                                && NAMES_GILBERT.matcher(n.text()).find())
                && a.parts().stream()
                        .filter(p -> !(p instanceof NotComputable))
                        .allMatch(p -> p instanceof LabCheck || p instanceof And || p instanceof Or)
                && a.parts().stream()
                        .filter(p -> !(p instanceof NotComputable))
                        .noneMatch(Criterion::partlyNotComputable);
    }
}
