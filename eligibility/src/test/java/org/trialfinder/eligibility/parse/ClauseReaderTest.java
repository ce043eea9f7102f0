package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.diagnosis;
import static org.trialfinder.eligibility.parse.StageParts.joint;
import static org.trialfinder.eligibility.parse.StageParts.piece;
import static org.trialfinder.eligibility.parse.StageParts.print;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;

/** ClauseReader, fed by elements built by hand (the text only gives unread parts their words). */
class ClauseReaderTest {

    private static final String TEXT = "no diabetes or hypertension, with severe complications";
    private static final Stretch INCLUSION = new Stretch(TEXT, 0, TEXT.length(), Section.INCLUSION);
    private static final Stretch EXCLUSION = new Stretch(TEXT, 0, TEXT.length(), Section.EXCLUSION);
    private static final Element.Piece DIABETES = piece(diagnosis("diabetes", 3, 11));
    private static final Element.Piece HYPERTENSION = piece(diagnosis("hypertension", 15, 27));

    private static Criterion tree(Reading r) {
        assertThat(r).isInstanceOf(Reading.Read.class);
        return ((Reading.Read) r).tree();
    }

    @Test
    void aLeadingNegationNegatesTheWholeClause() {
        Reading r =
                ClauseReader.read(List.of(new Element.Negation(0), DIABETES, joint(Joint.OR), HYPERTENSION), INCLUSION);
        assertThat(print(tree(r))).isEqualTo("not(or(diagnosis(diabetes), diagnosis(hypertension)))");
    }

    @Test
    void aBareListJoinsAsTheSectionSays() {
        List<Element> els = List.of(DIABETES, joint(Joint.COMMA), HYPERTENSION);
        assertThat(print(tree(ClauseReader.read(els, INCLUSION))))
                .isEqualTo("and(diagnosis(diabetes), diagnosis(hypertension))");
        assertThat(print(tree(ClauseReader.read(els, EXCLUSION))))
                .isEqualTo("or(diagnosis(diabetes), diagnosis(hypertension))");
    }

    @Test
    void aNegationBeforeAConnectorHasNothingToBindTo() {
        assertThat(ClauseReader.read(
                        List.of(DIABETES, new Element.Negation(12), joint(Joint.OR), HYPERTENSION), INCLUSION))
                .isEqualTo(Reading.notRead(UnreadReason.DANGLING_NEGATION));
    }

    @Test
    void aNegatedNegationIsUnread() {
        Criterion notPregnant = new Not(
                new ReproductiveCheck(ReproductiveCheck.Status.PREGNANT, StageParts.at(3, 11)), StageParts.at(3, 11));
        Criterion c = tree(ClauseReader.read(
                List.of(new Element.Negation(0), piece(notPregnant), new Element.Negation(12), DIABETES), INCLUSION));
        // the leading negation is the clause's; the second one meets a check that is already a negation
        assertThat(print(c)).isEqualTo("not(and(not(pregnant), not(diagnosis(diabetes))))");
        Criterion negated =
                tree(ClauseReader.read(List.of(DIABETES, new Element.Negation(12), piece(notPregnant)), INCLUSION));
        assertThat(print(negated)).isEqualTo("and(diagnosis(diabetes), not_computable)");
        assertThat(((NotComputable) ((And) negated).parts().get(1)).reason()).isEqualTo(UnreadReason.NEGATED_NEGATION);
    }

    @Test
    void suspectedMakesTheGroupWeaker() {
        Criterion c = tree(ClauseReader.read(List.of(new Element.Weak(0), DIABETES), INCLUSION));
        assertThat(print(c)).isEqualTo("or(diagnosis(diabetes), not_computable)");
    }

    @Test
    void anUnreadPartAfterACommaInAnExclusionMakesTheClauseUnreadWithItsReason() {
        List<Element> els =
                List.of(DIABETES, joint(Joint.COMMA), new Element.Content(29, 54, UnreadReason.UNREAD_WORDS));
        Criterion c = tree(ClauseReader.read(els, EXCLUSION));
        assertThat(c).isInstanceOf(NotComputable.class);
        assertThat(((NotComputable) c).reason()).isEqualTo(UnreadReason.UNREAD_NOT_ALTERNATIVE);
        assertThat(((NotComputable) c).text()).isEqualTo(TEXT);
    }

    @Test
    void contentBesideACheckIsAnUnreadPartOfItsGroup() {
        List<Element> els = List.of(DIABETES, new Element.Content(29, 54, UnreadReason.UNREAD_WORDS));
        Criterion c = tree(ClauseReader.read(els, INCLUSION));
        assertThat(print(c)).isEqualTo("and(diagnosis(diabetes), not_computable)");
    }
}
