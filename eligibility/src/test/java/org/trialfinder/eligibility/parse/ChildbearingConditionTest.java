package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.diagnosis;
import static org.trialfinder.eligibility.parse.StageParts.print;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.model.text.TextSpan;

/** ChildbearingCondition, fed by trees: reproduction stated for women of childbearing potential applies to them. */
class ChildbearingConditionTest {

    private static final Criterion CBP =
            new ReproductiveCheck(ReproductiveCheck.Status.CHILDBEARING_POTENTIAL, new TextSpan(0, 10));
    private static final Criterion NOT_PREGNANT = new Not(
            new ReproductiveCheck(ReproductiveCheck.Status.PREGNANT, new TextSpan(12, 20)), new TextSpan(12, 20));
    private static final Criterion CONTRACEPTION =
            new ReproductiveCheck(ReproductiveCheck.Status.CONTRACEPTION, new TextSpan(22, 30));

    @Test
    void reproductionForWomenOfChildbearingPotentialIsConditional() {
        Criterion tree = new And(List.of(NOT_PREGNANT, CBP, CONTRACEPTION), new TextSpan(0, 30));
        assertThat(print(ChildbearingCondition.apply(tree)))
                .isEqualTo("if(childbearing_potential, and(not(pregnant), contraception))");
    }

    @Test
    void anythingElseInTheAndLeavesItAsItIs() {
        Criterion tree = new And(List.of(CBP, NOT_PREGNANT, diagnosis("stroke", 32, 38)), new TextSpan(0, 38));
        assertThat(ChildbearingCondition.apply(tree)).isSameAs(tree);
        Criterion alone = new And(List.of(CBP, diagnosis("stroke", 32, 38)), new TextSpan(0, 38));
        assertThat(ChildbearingCondition.apply(alone)).isSameAs(alone);
    }
}
