package org.trialfinder.eligibility.screen;

import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.split.Section;

/**
 * "Prior cancer", "history of malignancy" read as {@code second_malignancy}: a cancer other than the one the
 * trial studies. That is what an exclusion means by it ("no history of other malignancy"), but an item that
 * requires it ("18-21 year old with a previous cancer diagnosis", a survivorship trial) means any cancer,
 * the patient's own included: required as a second one it would turn away every patient with one cancer. So
 * where an inclusion (or an item under no heading) requires it, it is left unread; where it is ruled out
 * (under a "not", or in an exclusion) it stays.
 */
final class RequiredOtherCancer {
    static final String TERM = "second_malignancy";

    private RequiredOtherCancer() {}

    static Criterion weaken(Criterion tree, Section section) {
        return section == Section.EXCLUSION ? tree : weaken(tree, true);
    }

    private static Criterion weaken(Criterion c, boolean required) {
        return switch (c) {
            case And a ->
                new And(a.parts().stream().map(p -> weaken(p, required)).toList(), a.span());
            case Or o -> new Or(o.parts().stream().map(p -> weaken(p, required)).toList(), o.span());
            case Not n -> new Not(weaken(n.part(), !required), n.span());
            // the condition of an "if" is who the rule is for, not something required
            case Conditional k -> new Conditional(k.condition(), weaken(k.then(), required), k.span());
            case Within w -> new Within(w.window(), weaken(w.part(), required), w.span());
            case DiagnosisCheck d
            when required && TERM.equals(d.term()) ->
                new NotComputable("a cancer: the trial's own or another", d.span(), UnreadReason.OWN_OR_OTHER_CANCER);
            default -> c;
        };
    }
}
