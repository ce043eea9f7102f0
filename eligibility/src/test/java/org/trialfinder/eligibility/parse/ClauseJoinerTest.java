package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.diagnosis;
import static org.trialfinder.eligibility.parse.StageParts.joint;
import static org.trialfinder.eligibility.parse.StageParts.piece;
import static org.trialfinder.eligibility.parse.StageParts.print;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;

/** ClauseJoiner, fed by elements: clauses at ";" joined as the section says, or by "; or". */
class ClauseJoinerTest {

    private static final String TEXT = "stroke; or epilepsy; cancer; and then some more words after it";
    private static final Stretch INCLUSION = new Stretch(TEXT, 0, TEXT.length(), Section.INCLUSION);
    private static final Element.Piece STROKE = piece(diagnosis("stroke", 0, 6));
    private static final Element.Piece EPILEPSY = piece(diagnosis("epilepsy", 11, 19));
    private static final Element.Piece CANCER = piece(diagnosis("cancer", 21, 27));

    @Test
    void clausesJoinAsTheSectionsBareList() {
        Reading r = ClauseJoiner.read(List.of(STROKE, joint(Joint.SEMI), CANCER), INCLUSION);
        assertThat(print(((Reading.Read) r).tree())).isEqualTo("and(diagnosis(stroke), diagnosis(cancer))");
    }

    @Test
    void clausesOpenedByOrAreAlternatives() {
        Reading r = ClauseJoiner.read(List.of(STROKE, joint(Joint.SEMI), joint(Joint.OR), EPILEPSY), INCLUSION);
        assertThat(print(((Reading.Read) r).tree())).isEqualTo("or(diagnosis(stroke), diagnosis(epilepsy))");
    }

    @Test
    void anUnreadClauseOpenedByOrIsAnUnreadAlternative() {
        Reading r = ClauseJoiner.read(
                List.of(
                        STROKE,
                        joint(Joint.SEMI),
                        joint(Joint.OR),
                        new Element.Content(11, 19, UnreadReason.UNREAD_WORDS)),
                INCLUSION);
        assertThat(print(((Reading.Read) r).tree())).isEqualTo("or(diagnosis(stroke), not_computable)");
    }

    @Test
    void clausesJoinedBothWaysAreNotRead() {
        Reading r = ClauseJoiner.read(
                List.of(STROKE, joint(Joint.SEMI), joint(Joint.OR), EPILEPSY, joint(Joint.SEMI), CANCER), INCLUSION);
        assertThat(r).isEqualTo(Reading.notRead(UnreadReason.MIXED_CLAUSE_JOINS));
    }

    @Test
    void aClauseWithUnreadWordsAmongClausesGivesItsReason() {
        Reading r = ClauseJoiner.read(
                List.of(STROKE, joint(Joint.SEMI), CANCER, new Element.Content(29, 40, UnreadReason.EXCEPTION)),
                INCLUSION);
        assertThat(r).isEqualTo(Reading.notRead(UnreadReason.EXCEPTION));
    }

    @Test
    void aCheckAndItsNegationAsAlternativesAreAMisreading() {
        ReproductiveCheck pregnant = new ReproductiveCheck(ReproductiveCheck.Status.PREGNANT, StageParts.at(0, 6));
        Reading r = ClauseJoiner.read(
                List.of(
                        piece(pregnant),
                        joint(Joint.SEMI),
                        joint(Joint.OR),
                        piece(new Not(
                                new ReproductiveCheck(ReproductiveCheck.Status.PREGNANT, StageParts.at(11, 19)),
                                StageParts.at(11, 19)))),
                INCLUSION);
        assertThat(r).isEqualTo(Reading.notRead(UnreadReason.CONTRADICTORY_ALTERNATIVES));
    }

    @Test
    void aClauseOfConnectorsOnlyIsUnread() {
        Reading r = ClauseJoiner.read(List.of(joint(Joint.COMMA)), INCLUSION);
        assertThat(((Reading.Read) r).tree()).isInstanceOf(NotComputable.class);
    }
}
