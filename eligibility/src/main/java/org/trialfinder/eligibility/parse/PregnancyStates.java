package org.trialfinder.eligibility.parse;

import java.util.List;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;

/**
 * Being pregnant and breastfeeding are states a woman is (almost) never in at once: "pregnant and lactating
 * women" names two groups of women, so "and" between the two states offers them as alternatives. Reading it
 * as both at once would hold for nobody and, in an inclusion, fail everyone.
 */
final class PregnancyStates {

    private PregnancyStates() {}

    /** Whether the parts are the states pregnant and lactating, each once, neither negated. */
    static boolean onlyPositiveStates(List<Criterion> parts) {
        return parts.size() == 2
                && parts.stream().anyMatch(p -> is(p, ReproductiveCheck.Status.PREGNANT))
                && parts.stream().anyMatch(p -> is(p, ReproductiveCheck.Status.LACTATING));
    }

    /**
     * "Not pregnant, lactating, or of childbearing potential": the negation that opens a list of reproductive
     * states is of every state in it (none of them), not of the first alone. Not when the others are what makes
     * a pregnancy unlikely ("non-childbearing potential or using contraception" offers either).
     */
    static boolean negatedFirstOfStates(List<Criterion> parts) {
        return parts.size() > 1
                && parts.get(0) instanceof Not n
                && is(n.part(), ReproductiveCheck.Status.PREGNANT)
                && parts.stream()
                        .skip(1)
                        .allMatch(p -> is(p, ReproductiveCheck.Status.LACTATING)
                                || is(p, ReproductiveCheck.Status.CHILDBEARING_POTENTIAL));
    }

    private static boolean is(Criterion c, ReproductiveCheck.Status status) {
        return c instanceof ReproductiveCheck r && r.status() == status;
    }
}
