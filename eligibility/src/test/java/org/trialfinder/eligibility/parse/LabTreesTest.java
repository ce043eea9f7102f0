package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.labs;
import static org.trialfinder.eligibility.parse.StageParts.print;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.split.Section;

/** LabTrees, fed by lab tokens: the keys of one token join as the section says, unless offered as alternatives. */
class LabTreesTest {

    private static final Token.Labs AST_ALT = labs(0, 20, List.of("AST", "ALT"), Comparison.LE, 2.5, LabCheck.ULN);

    @Test
    void keysAreAllRequiredInAnInclusionAndAnyOutOfRangeInAnExclusion() {
        assertThat(print(LabTrees.labTree(AST_ALT, Section.INCLUSION)))
                .isEqualTo("and(lab(AST) <= 2.5 ULN, lab(ALT) <= 2.5 ULN)");
        assertThat(print(LabTrees.labTree(AST_ALT, Section.EXCLUSION)))
                .isEqualTo("or(lab(AST) <= 2.5 ULN, lab(ALT) <= 2.5 ULN)");
    }

    @Test
    void keysOfferedByOrAreAlternativesWhateverTheSection() {
        Token.Labs either = new Token.Labs(0, 20, AST_ALT.keys(), AST_ALT.thresholds(), false, true);
        assertThat(print(LabTrees.labTree(either, Section.INCLUSION)))
                .isEqualTo("or(lab(AST) <= 2.5 ULN, lab(ALT) <= 2.5 ULN)");
    }

    @Test
    void aKeysThresholdsFormARange() {
        Token.Labs range = new Token.Labs(
                0,
                30,
                List.of("HB"),
                List.of(
                        new LabCheck("HB", Comparison.GE, 9, "g/dL", StageParts.at(0, 30)),
                        new LabCheck("HB", Comparison.LE, 16, "g/dL", StageParts.at(0, 30))),
                false,
                false);
        assertThat(print(LabTrees.labTree(range, Section.EXCLUSION)))
                .isEqualTo("and(lab(HB) >= 9 g/dL, lab(HB) <= 16 g/dL)");
    }

    @Test
    void replacesEveryLabElementByAPieceAndLeavesTheRest() {
        Token.Labs anc = labs(30, 40, List.of("ANC"), Comparison.GE, 1.5, "10*9/L");
        List<Element> els = new ArrayList<>(
                List.of(new Element.Labs(AST_ALT), StageParts.joint(Joint.SEMI), new Element.Labs(anc)));
        LabTrees.apply(els, Section.INCLUSION);
        assertThat(els).hasSize(3);
        assertThat(els.get(1)).isEqualTo(StageParts.joint(Joint.SEMI));
        assertThat(print(((Element.Piece) els.get(2)).c())).isEqualTo("lab(ANC) >= 1.5 10*9/L");
        assertThat(((Element.Piece) els.get(2)).start()).isEqualTo(30);
    }
}
