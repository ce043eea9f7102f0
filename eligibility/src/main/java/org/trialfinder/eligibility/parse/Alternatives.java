package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;

/**
 * How a clause's items join when the text offers alternatives: "and" inside an alternative, unread parts only
 * as alternatives of their own, contradictory bounds as either one.
 */
final class Alternatives {

    private Alternatives() {}

    /**
     * "HIV, or hepatitis B and hepatitis C co-infection": "and" binds within an alternative. Only when every
     * alternative joined by "and" is fully read, and unread alternatives are offered by "or"; otherwise
     * {@link UnreadReason#AND_WITHIN_OR}.
     */
    static Reading andWithinOr(List<Criterion> items, List<Joint> joints) {
        List<Criterion> alternatives = new ArrayList<>();
        List<Joint> between = new ArrayList<>();
        List<Criterion> run = new ArrayList<>();
        run.add(items.get(0));
        for (int i = 1; i < items.size(); i++) {
            Joint c = joints.get(i - 1);
            if (c == Joint.AND) {
                run.add(items.get(i));
                continue;
            }
            if (c == Joint.SLASH) {
                return Reading.notRead(UnreadReason.AND_WITHIN_OR);
            }
            if (!closeRun(run, alternatives)) {
                return Reading.notRead(UnreadReason.AND_WITHIN_OR);
            }
            between.add(c);
            run = new ArrayList<>();
            run.add(items.get(i));
        }
        if (!closeRun(run, alternatives)
                || !between.contains(Joint.OR)
                || !unreadAreAlternatives(alternatives, between)) {
            return Reading.notRead(UnreadReason.AND_WITHIN_OR);
        }
        return Reading.read(Trees.join(alternatives, Joint.OR, Trees.spanOf(alternatives)));
    }

    private static boolean closeRun(List<Criterion> run, List<Criterion> alternatives) {
        if (run.size() > 1 && run.stream().anyMatch(Criterion::partlyNotComputable)) {
            return false;
        }
        alternatives.add(Trees.join(run, Joint.AND, Trees.spanOf(run)));
        return true;
    }

    /**
     * Every unread part is offered as an alternative: by an explicit "or" ("… or other immunodeficiency"), or by
     * a comma in a list whose last joint is "or" ("A, B or C"); never after a lone comma or a slash, which may
     * continue a sentence. An alternative with an unread part becomes wholly unread, in place (never stronger:
     * one unread alternative leaves the list undecided unless another holds), keeping its first reason.
     */
    static boolean unreadAreAlternatives(List<Criterion> items, List<Joint> joints) {
        boolean orList = !joints.isEmpty()
                && joints.get(joints.size() - 1) == Joint.OR
                && joints.stream().allMatch(c -> c == Joint.OR || c == Joint.COMMA);
        // a leading qualifier may apply to every alternative ("uncontrolled A or B", "allergy to X or Y")
        if (!items.isEmpty()
                && items.get(0).partlyNotComputable()
                && !(items.get(0) instanceof NotComputable nc && nc.text().isEmpty())) {
            return false;
        }
        // so may a trailing one ("prior surgery or radiotherapy in pelvic region"): it is not the last one's alone;
        // and a condition closing the list ("A, B, or C will not be enrolled if they are taking X")
        if (items.size() > 1
                && (unreadAfterRead(items.get(items.size() - 1)) || closingCondition(items.get(items.size() - 1)))) {
            return false;
        }
        for (int g = 0; g < items.size(); g++) {
            if (!items.get(g).partlyNotComputable()) {
                continue;
            }
            Joint joinedBy = g > 0 ? joints.get(g - 1) : joints.isEmpty() ? null : joints.get(0);
            if (joinedBy != Joint.OR && !(joinedBy == Joint.COMMA && orList)) {
                return false;
            }
            if (!(items.get(g) instanceof NotComputable) && !keptAsRead(items, g)) {
                items.set(
                        g,
                        new NotComputable(
                                "",
                                items.get(g).span(),
                                Trees.firstReason(items.get(g), UnreadReason.UNREAD_ALTERNATIVE)));
            }
        }
        return true;
    }

    /** "Drug-induced", "treatment-related": a cause that narrows the condition after it. */
    private static final Pattern CAUSE = Pattern.compile("(?i)[\\p{L}\\p{N}]+-(?:induced|related|associated)");

    /**
     * An alternative read with a narrowing word or a cause before its check ("… or radiation pneumonitis",
     * "drug-induced interstitial lung disease") stays as read: {@code and(check, not_computable)} is not stronger
     * than its text ("planning a pregnancy" is no narrower pregnancy and stays blank).
     */
    private static boolean keptAsRead(List<Criterion> items, int g) {
        if (!(items.get(g) instanceof And and) || and.parts().size() != 2) {
            return false;
        }
        int unread = and.parts().get(0) instanceof NotComputable ? 0 : 1;
        if (!(and.parts().get(unread) instanceof NotComputable nc)
                || and.parts().get(1 - unread).partlyNotComputable()) {
            return false;
        }
        Criterion check = and.parts().get(1 - unread);
        if (!nc.span().known()
                || !check.span().known()
                || nc.span().end() > check.span().start()) {
            return false;
        }
        return PartialReadings.onlyNarrowing(nc)
                || CAUSE.matcher(nc.text().strip()).matches();
    }

    /** "… or ≤ 3 × ULN if Gilbert syndrome": a condition of the last alternative only, read or judged elsewhere. */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\W*(?:if|when|in\\s+case)\\b");

    /**
     * When the study asks it, the same for every alternative ("… have a positive pregnancy test before the first
     * medication").
     */
    private static final Pattern STUDY_TIME = Pattern.compile(
            "(?i)\\b(?:(?:before|prior\\s+to)\\s+(?:the\\s+)?(?:first|initial)\\s+(?:dose|medication|administration)"
                    + "|at\\s+(?:the\\s+)?screening|during\\s+(?:the\\s+)?(?:study|trial))\\b");

    private static final Pattern INNER_CONDITION = Pattern.compile("(?i)\\S\\s+(?:if|when|unless|provided)\\b");

    /** Whether an unread last alternative holds a condition after its first words, which may be of the whole list. */
    private static boolean closingCondition(Criterion alternative) {
        return alternative instanceof NotComputable nc
                && INNER_CONDITION.matcher(nc.text()).find();
    }

    /**
     * Whether an alternative read in part closes with words left unread after what was read (not a condition of
     * its own).
     */
    private static boolean unreadAfterRead(Criterion alternative) {
        if (!(alternative instanceof And and) || !and.partlyNotComputable()) {
            return false;
        }
        int readEnd = -1;
        for (Criterion p : and.parts()) {
            if (!(p instanceof NotComputable) && p.span().known()) {
                readEnd = Math.max(readEnd, p.span().end());
            }
        }
        for (Criterion p : and.parts()) {
            if (p instanceof NotComputable nc
                    && !CONDITION.matcher(nc.text()).lookingAt()
                    && !STUDY_TIME.matcher(nc.text()).find()
                    && nc.span().known()
                    && readEnd >= 0
                    && nc.span().end() > readEnd) {
                return true;
            }
        }
        return false;
    }

    /** "Less than 18 years old and older than 70 years": bounds no age meets together, so either is the item. */
    static boolean contradictoryAges(List<Criterion> items) {
        Double upper = null;
        Double lower = null;
        for (Criterion c : items) {
            if (!(c instanceof AgeCheck a)) {
                return false;
            }
            double days = a.value() * a.unit().days();
            if (a.comparison() == Comparison.LT || a.comparison() == Comparison.LE) {
                upper = upper == null ? days : Math.min(upper, days);
            } else if (a.comparison() == Comparison.GT || a.comparison() == Comparison.GE) {
                lower = lower == null ? days : Math.max(lower, days);
            }
        }
        return upper != null && lower != null && lower >= upper;
    }
}
