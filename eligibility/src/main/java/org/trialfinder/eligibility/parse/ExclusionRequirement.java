package org.trialfinder.eligibility.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.model.text.TextSpan;

/**
 * "Women of childbearing potential must use effective contraception" under an exclusion heading states a
 * requirement, whose breach is what excludes: read as written it would exclude the women who use contraception.
 * A statement about a subject ({@link SubjectShape}) is negated under its subject; a clause of a longer item that
 * asks for contraception or a negative pregnancy test is left unread.
 */
final class ExclusionRequirement {

    private ExclusionRequirement() {}

    private static final Pattern REQUIRED = Pattern.compile(
            "(?i)\\b(?:must|should|shall|(?:is|are)\\s+required\\s+to|needs?\\s+to|ha(?:ve|s)\\s+to|agrees?\\s+to)\\b");

    /** Whether the words name a requirement ("must", "should", "agree to"). */
    static boolean requires(String words) {
        return REQUIRED.matcher(words).find();
    }

    /** An exclusion's reading of "SUBJECT must THEN": the subject who does not meet it. */
    static Criterion breach(Criterion subject, Criterion then, TextSpan span) {
        Criterion negated = then instanceof Not n ? n.part() : new Not(then, then.span());
        return new And(List.of(subject, negated), span);
    }

    /**
     * Whether a clause of an exclusion, between {@code from} and {@code to}, requires something its reading holds
     * as met: contraception used or a negative pregnancy test.
     */
    static boolean unmetRequirement(String text, int from, int to, Criterion tree) {
        return from >= 0 && to <= text.length() && from < to && requires(text.substring(from, to)) && asks(tree);
    }

    private static boolean asks(Criterion c) {
        return switch (c) {
            case ReproductiveCheck r -> r.status() == ReproductiveCheck.Status.CONTRACEPTION;
            case TestResultCheck t ->
                t.test() == TestResultCheck.Test.PREGNANCY && t.result() == TestResultCheck.Result.NEGATIVE;
            case And a -> a.parts().stream().anyMatch(ExclusionRequirement::asks);
            case Or o -> o.parts().stream().anyMatch(ExclusionRequirement::asks);
            case Conditional k -> asks(k.then());
            case Within w -> asks(w.part());
            default -> false;
        };
    }
}
