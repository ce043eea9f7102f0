package org.trialfinder.eligibility.parse;

import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.MetastasisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck;

/** Kinds of checks the stages treat apart: events (which a time window can apply to), labs, test results. */
final class CheckKinds {

    private CheckKinds() {}

    /** A diagnosis, a prior therapy or a metastasis: something that happened, at a time. */
    static boolean isEvent(Criterion c) {
        return c instanceof DiagnosisCheck || c instanceof PriorTherapyCheck || c instanceof MetastasisCheck;
    }

    static boolean isLab(Criterion c) {
        return switch (c) {
            case LabCheck l -> true;
            case And a -> a.parts().stream().allMatch(CheckKinds::isLab);
            case Or o -> o.parts().stream().allMatch(CheckKinds::isLab);
            default -> false;
        };
    }

    /** "Negative pregnancy test", or any test result: a window after it only says when it is done. */
    static boolean isPregnancyTest(Criterion c) {
        return c instanceof TestResultCheck
                || c instanceof Not n
                        && n.part() instanceof ReproductiveCheck r
                        && r.status() == ReproductiveCheck.Status.PREGNANT
                || c instanceof ReproductiveCheck r2 && r2.status() == ReproductiveCheck.Status.PREGNANT;
    }
}
