package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.diagnosis;
import static org.trialfinder.eligibility.parse.StageParts.joint;
import static org.trialfinder.eligibility.parse.StageParts.piece;
import static org.trialfinder.eligibility.parse.StageParts.unread;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;

/** ExampleLists, fed by elements: examples after an event read add nothing; after anything else they stay. */
class ExampleListsTest {

    private static final Element.Piece THROMBOSIS = piece(diagnosis("arterial_thrombosis", 0, 19));

    @Test
    void examplesUnderAnEventAreDroppedWithTheCommaBeforeThem() {
        List<Element> els = new ArrayList<>(List.of(
                THROMBOSIS,
                joint(Joint.COMMA),
                piece(unread("such as stroke, pulmonary embolism", 21, 55, UnreadReason.EXAMPLES))));
        ExampleLists.apply(els);
        assertThat(els).containsExactly(THROMBOSIS);
    }

    @Test
    void examplesThatSayMoreThanExamplesStay() {
        Element.Piece withTime = piece(unread("such as stroke within 6 months", 21, 51, UnreadReason.EXAMPLES));
        List<Element> els = new ArrayList<>(List.of(THROMBOSIS, joint(Joint.COMMA), withTime));
        ExampleLists.apply(els);
        assertThat(els).containsExactly(THROMBOSIS, joint(Joint.COMMA), withTime);
    }

    @Test
    void examplesUnderALabStay() {
        Element.Piece lab = piece(new LabCheck("ALT", Comparison.LE, 3, LabCheck.ULN, StageParts.at(0, 12)));
        Element.Piece examples = piece(unread("e.g. hepatitis", 14, 28, UnreadReason.EXAMPLES));
        List<Element> els = new ArrayList<>(List.of(lab, joint(Joint.COMMA), examples));
        ExampleLists.apply(els);
        assertThat(els).containsExactly(lab, joint(Joint.COMMA), examples);
    }
}
