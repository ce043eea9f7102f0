package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.joint;
import static org.trialfinder.eligibility.parse.StageParts.labs;
import static org.trialfinder.eligibility.parse.StageParts.print;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;

/**
 * LiverMetastasisLimits, fed by elements: "ALT ≤ 2.5 × ULN (≤ 5 × ULN for patients with liver metastases)" as
 * the elements the reader makes of it.
 */
class LiverMetastasisLimitsTest {

    private static final Token.Labs GENERAL = labs(0, 16, List.of("ALT"), Comparison.LE, 2.5, LabCheck.ULN);
    private static final Token.Labs LOOSER = labs(18, 28, List.of("ALT"), Comparison.LE, 5, LabCheck.ULN);

    private static List<Element> elements(Element... els) {
        return new ArrayList<>(List.of(els));
    }

    @Test
    void theLabsBeforeTheConditionAreForPatientsWithoutThoseUnderItForPatientsWith() {
        List<Element> els = elements(
                new Element.Labs(GENERAL),
                joint(Joint.COMMA),
                new Element.Labs(LOOSER),
                new Element.Liver(new Token.LiverCondition(29, 60, true)));
        assertThat(LiverMetastasisLimits.apply(els, Section.INCLUSION)).isTrue();
        assertThat(els).singleElement().isInstanceOf(Element.Piece.class);
        assertThat(print(((Element.Piece) els.get(0)).c()))
                .isEqualTo("and(if(not(metastasis(liver)), lab(ALT) <= 2.5 ULN),"
                        + " if(metastasis(liver), lab(ALT) <= 5 ULN))");
    }

    @Test
    void inAnExclusionEachGroupIsAnAlternative() {
        List<Element> els = elements(
                new Element.Labs(GENERAL),
                joint(Joint.COMMA),
                new Element.Labs(LOOSER),
                new Element.Liver(new Token.LiverCondition(29, 60, true)));
        assertThat(LiverMetastasisLimits.apply(els, Section.EXCLUSION)).isTrue();
        assertThat(print(((Element.Piece) els.get(0)).c()))
                .isEqualTo("or(and(not(metastasis(liver)), lab(ALT) <= 2.5 ULN),"
                        + " and(metastasis(liver), lab(ALT) <= 5 ULN))");
    }

    @Test
    void elementsWithoutAConditionAreLeftAsTheyAre() {
        List<Element> els = elements(new Element.Labs(GENERAL));
        assertThat(LiverMetastasisLimits.apply(els, Section.INCLUSION)).isTrue();
        assertThat(els).containsExactly(new Element.Labs(GENERAL));
    }

    @Test
    void aConditionWithNoLabsOrWithWordsBetweenIsNotAShapeItReads() {
        assertThat(LiverMetastasisLimits.apply(
                        elements(new Element.Liver(new Token.LiverCondition(0, 20, true))), Section.INCLUSION))
                .isFalse();
        assertThat(LiverMetastasisLimits.apply(
                        elements(
                                new Element.Labs(GENERAL),
                                new Element.Content(16, 17, UnreadReason.UNREAD_WORDS),
                                new Element.Labs(LOOSER),
                                new Element.Liver(new Token.LiverCondition(29, 60, true))),
                        Section.INCLUSION))
                .isFalse();
    }

    @Test
    void twoConditionsOfTheSameKindAreNotRead() {
        List<Element> els = elements(
                new Element.Labs(GENERAL),
                new Element.Liver(new Token.LiverCondition(16, 17, true)),
                new Element.Labs(LOOSER),
                new Element.Liver(new Token.LiverCondition(29, 60, true)));
        assertThat(LiverMetastasisLimits.apply(els, Section.INCLUSION)).isFalse();
    }
}
