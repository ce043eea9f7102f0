package org.trialfinder.eligibility.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.drugs.CypPhrases;
import org.trialfinder.eligibility.drugs.DoseQualifier;
import org.trialfinder.model.text.TextSpan;

/**
 * Which partly read trees stand for a whole item (precision over coverage): a partial tree is never stronger
 * than its text, but how its parts join is where readings differ, so only an or of read alternatives with one
 * unread ("HIV infection or other immunodeficiency"), or unread parts that only narrow a check ("uncontrolled
 * hypertension", "prior chemotherapy for metastatic disease", "with full recovery") are kept.
 */
final class PartialReadings {

    private PartialReadings() {}

    /**
     * Words that narrow the check they stand before without the notation being able to say how
     * ("uncontrolled hypertension", "serious mental illness", "major surgery"): by the notation's
     * conventions the check stays, with a not-computable part under the item's logic, so the reading is
     * never stronger than the text.
     */
    private static final Set<String> NARROWING = Set.of(
            "uncontrolled",
            "untreated",
            "severe",
            "serious",
            "symptomatic",
            "major",
            "allogeneic",
            "clinically",
            "significant",
            "poorly",
            "controlled",
            "concurrent",
            // "radiation pneumonitis": a kind of the condition, by its cause
            "radiation");

    /**
     * "At least 4 weeks since radiotherapy, with full recovery": recovery is a further condition beside the
     * check (negated or not), unread; a narrowing word is not, as it belongs inside a negation.
     */
    private static final Set<String> RECOVERY =
            Set.of("full", "fully", "complete", "completely", "recovery", "recovered");

    /** "Prior chemotherapy for metastatic breast cancer": a prior therapy narrowed to the disease it was for. */
    private static final Pattern PURPOSE_BEFORE =
            Pattern.compile("(?is).*\\bfor\\s+(?:the\\s+|this\\s+|their\\s+|a\\s+)?$");

    private static final Pattern PURPOSE_AFTER =
            Pattern.compile("(?i)^\\s*(?:cancer|carcinoma|disease|malignancy|tumou?r|setting)?\\s*[.;]?\\s*$");
    private static final Pattern FEW_WORDS = Pattern.compile("(?i)^\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,2}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** Whether an unread part is only words that narrow the check they stand before ("severe", "radiation"). */
    static boolean onlyNarrowing(NotComputable nc) {
        return only(NARROWING, nc);
    }

    /** An unread part that is only words of the set. */
    private static boolean only(Set<String> words, NotComputable nc) {
        Matcher m = WORD.matcher(nc.text());
        boolean any = false;
        while (m.find()) {
            if (!words.contains(m.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any && nc.text().replaceAll("[\\p{L}\\s,]", "").isEmpty();
    }

    /** Whether every unread part of the tree is a narrowing qualifier. */
    private static boolean negates(Criterion c) {
        return switch (c) {
            case Not n -> true;
            case And a -> a.parts().stream().anyMatch(PartialReadings::negates);
            case Or o -> o.parts().stream().anyMatch(PartialReadings::negates);
            case Conditional k -> true;
            case Within w -> negates(w.part());
            default -> false;
        };
    }

    /** The unread words are what a prior therapy was for: "… for (the) metastatic breast (cancer)" closing the item. */
    private static boolean purpose(Criterion check, NotComputable nc, String text) {
        TextSpan s = nc.span();
        if (!(check instanceof PriorTherapyCheck) || s.start() <= 0 || s.end() > text.length()) {
            return false;
        }
        return FEW_WORDS.matcher(nc.text().strip()).matches()
                && PURPOSE_BEFORE.matcher(text.substring(0, s.start())).matches()
                && PURPOSE_AFTER.matcher(text.substring(s.end())).matches();
    }

    private static boolean unreadOnlyNarrowing(Criterion c, String text) {
        return switch (c) {
            // a qualifier alone ("uncontrolled" before a word that is not a check) qualifies nothing read
            case NotComputable nc -> false;
            case And a ->
                a.parts().size() == 2
                                && a.parts().get(1) instanceof NotComputable nc
                                && !a.parts().get(0).partlyNotComputable()
                        ? only(RECOVERY, nc)
                                || !negates(a.parts().get(0))
                                        && (only(NARROWING, nc)
                                                // "alcohol abuse" read as substance_abuse with its narrowness
                                                || nc.reason() == UnreadReason.NARROWER_TERM
                                                        && nc.span().start()
                                                                >= a.parts()
                                                                        .get(0)
                                                                        .span()
                                                                        .start()
                                                        && nc.span().end()
                                                                <= a.parts()
                                                                        .get(0)
                                                                        .span()
                                                                        .end()
                                                || purpose(a.parts().get(0), nc, text)
                                                || DoseQualifier.isDoseOfTherapy(
                                                        a.parts().get(0), nc.text())
                                                || CypPhrases.isQualifierOf(
                                                        a.parts().get(0), nc.text()))
                        : a.parts().stream().allMatch(p -> unreadOnlyNarrowing(p, text));
            case Or o -> o.parts().stream().allMatch(p -> unreadOnlyNarrowing(p, text));
            case Not n -> unreadOnlyNarrowing(n.part(), text);
            case Conditional k -> unreadOnlyNarrowing(k.condition(), text) && unreadOnlyNarrowing(k.then(), text);
            case Within w -> unreadOnlyNarrowing(w.part(), text);
            default -> true;
        };
    }

    /**
     * Every unread part is a narrowing qualifier ("serious mental abnormalities"), or an or of
     * alternatives each read (possibly with such qualifiers) plus at most one unread alternative
     * ("severe heart failure, severe arrhythmia, etc").
     */
    static boolean qualifiedAlternatives(Criterion c, String text) {
        if (unreadOnlyNarrowing(c, text)) {
            return true;
        }
        if (!(c instanceof Or or)) {
            return false;
        }
        long unread =
                or.parts().stream().filter(p -> p instanceof NotComputable).count();
        return unread == 1
                && or.parts().stream()
                        .filter(p -> !(p instanceof NotComputable))
                        .allMatch(p -> unreadOnlyNarrowing(p, text));
    }

    /** {@code or(a, b, …, not_computable)} with every read alternative free of unread parts. */
    static boolean readAlternatives(Criterion c) {
        if (!(c instanceof Or or)) {
            return false;
        }
        long unread =
                or.parts().stream().filter(p -> p instanceof NotComputable).count();
        return unread == 1
                && or.parts().stream()
                        .filter(p -> !(p instanceof NotComputable))
                        .noneMatch(Criterion::partlyNotComputable);
    }

    /**
     * The item's tree as the parser returns it: the reading when it stands for the whole item, else the whole
     * text unread with the reason (the stage's, or that of the first unread part that made the tree fall).
     */
    static Criterion judge(Reading reading, String text) {
        TextSpan all = new TextSpan(0, text.length());
        if (!(reading instanceof Reading.Read read)) {
            return reading.orUnread(text, all);
        }
        Criterion c = read.tree();
        if (!c.computable()) {
            return new NotComputable(text, all, Trees.firstReason(c, UnreadReason.NO_RECOGNISED_TERM));
        }
        if (BracketQualifier.unreadConditionalAlternative(c, text)) {
            return new NotComputable(text, all, UnreadReason.CONDITIONAL_NOT_READ);
        }
        if (c.partlyNotComputable()
                && !readAlternatives(c)
                && !qualifiedAlternatives(c, text)
                && !GilbertAllowance.onlyUnreadAllowances(c)) {
            return new NotComputable(text, all, Trees.firstReason(c, UnreadReason.UNREAD_WORDS));
        }
        return c;
    }
}
