package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;

/**
 * "Negative pregnancy test for women of childbearing potential", "agrees to use contraception (patients of
 * childbearing potential)": an inclusion about reproduction stated for women who can become pregnant applies to
 * them only: {@code and(childbearing_potential, X)} becomes {@code if(childbearing_potential, X)}.
 */
final class ChildbearingCondition {

    private ChildbearingCondition() {}

    static Criterion apply(Criterion tree) {
        if (!(tree instanceof And and)) {
            return tree;
        }
        Criterion cbp = null;
        List<Criterion> rest = new ArrayList<>();
        for (Criterion p : and.parts()) {
            if (p instanceof ReproductiveCheck r
                    && r.status() == ReproductiveCheck.Status.CHILDBEARING_POTENTIAL
                    && cbp == null) {
                cbp = p;
            } else if (p instanceof ReproductiveCheck r && r.status() == ReproductiveCheck.Status.CONTRACEPTION
                    || p instanceof Not n && n.part() instanceof ReproductiveCheck
                    || TestResultWords.isPregnancyTest(p)) {
                rest.add(p);
            } else {
                return tree;
            }
        }
        if (cbp == null || rest.isEmpty()) {
            return tree;
        }
        Criterion then = rest.size() == 1 ? rest.get(0) : new And(rest, Trees.spanOf(rest));
        return new Conditional(cbp, then, tree.span());
    }
}
