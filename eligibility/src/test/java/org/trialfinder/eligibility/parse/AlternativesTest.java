package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.diagnosis;
import static org.trialfinder.eligibility.parse.StageParts.print;
import static org.trialfinder.eligibility.parse.StageParts.unread;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DurationUnit;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;

/** Alternatives, fed by a clause's items and the joints between them. */
class AlternativesTest {

    private static final Criterion HIV = diagnosis("hiv", 0, 3);
    private static final Criterion HBV = diagnosis("hepatitis_b", 8, 19);
    private static final Criterion HCV = diagnosis("hepatitis_c", 24, 35);

    @Test
    void andBindsWithinAnAlternative() {
        // "HIV, or hepatitis B and hepatitis C"
        Reading r = Alternatives.andWithinOr(List.of(HIV, HBV, HCV), List.of(Joint.OR, Joint.AND));
        assertThat(r).isInstanceOf(Reading.Read.class);
        assertThat(print(((Reading.Read) r).tree()))
                .isEqualTo("or(diagnosis(hiv), and(diagnosis(hepatitis_b), diagnosis(hepatitis_c)))");
    }

    @Test
    void aSlashOrAnUnreadPartInsideAnAndIsNotRead() {
        assertThat(Alternatives.andWithinOr(List.of(HIV, HBV, HCV), List.of(Joint.SLASH, Joint.AND)))
                .isEqualTo(Reading.notRead(UnreadReason.AND_WITHIN_OR));
        Criterion partly =
                new And(List.of(HBV, unread("severe", 40, 46, UnreadReason.UNREAD_WORDS)), StageParts.at(8, 46));
        assertThat(Alternatives.andWithinOr(List.of(HIV, partly, HCV), List.of(Joint.OR, Joint.AND)))
                .isEqualTo(Reading.notRead(UnreadReason.AND_WITHIN_OR));
    }

    @Test
    void anUnreadPartOfferedByOrBecomesAnUnreadAlternativeKeepingItsReason() {
        // "HIV or chronic hepatitis B": the unread word stands before what it may narrow
        List<Criterion> items = new ArrayList<>(List.of(
                HIV, new And(List.of(unread("chronic", 0, 7, UnreadReason.UNREAD_WORDS), HBV), StageParts.at(0, 19))));
        assertThat(Alternatives.unreadAreAlternatives(items, List.of(Joint.OR))).isTrue();
        assertThat(items.get(1)).isInstanceOf(NotComputable.class);
        assertThat(((NotComputable) items.get(1)).text()).isEmpty();
        assertThat(((NotComputable) items.get(1)).reason()).isEqualTo(UnreadReason.UNREAD_WORDS);
    }

    @Test
    void anAlternativeNarrowedByAWordBeforeItStaysAsRead() {
        // "HIV or severe hepatitis B": and(hepatitis_b, not_computable) is no stronger than its text
        Criterion severe =
                new And(List.of(unread("severe", 1, 7, UnreadReason.UNREAD_WORDS), HBV), StageParts.at(1, 19));
        List<Criterion> items = new ArrayList<>(List.of(HIV, severe));
        assertThat(Alternatives.unreadAreAlternatives(items, List.of(Joint.OR))).isTrue();
        assertThat(items.get(1)).isSameAs(severe);
    }

    @Test
    void unreadWordsClosingTheLastAlternativeMayQualifyEveryAlternative() {
        // "Prior surgery or radiotherapy in pelvic region" (NCT01272297): the region is not the radiotherapy's alone
        Criterion surgery = new PriorTherapyCheck("surgery", StageParts.at(6, 13));
        Criterion radiotherapy = new PriorTherapyCheck("radiotherapy", StageParts.at(17, 29));
        List<Criterion> items = new ArrayList<>(List.of(
                surgery,
                new And(
                        List.of(radiotherapy, unread("in pelvic region", 30, 46, UnreadReason.UNREAD_WORDS)),
                        StageParts.at(17, 46))));
        assertThat(Alternatives.unreadAreAlternatives(items, List.of(Joint.OR))).isFalse();
    }

    @Test
    void anUnreadPartAfterALoneCommaMayContinueTheSentence() {
        List<Criterion> items =
                new ArrayList<>(List.of(HIV, unread("requiring treatment", 5, 24, UnreadReason.UNREAD_WORDS)));
        assertThat(Alternatives.unreadAreAlternatives(items, List.of(Joint.COMMA)))
                .isFalse();
        // in a list whose last joint is "or" the comma offers an alternative
        List<Criterion> list = new ArrayList<>(List.of(HIV, unread("other", 5, 10, UnreadReason.UNREAD_WORDS), HCV));
        assertThat(Alternatives.unreadAreAlternatives(list, List.of(Joint.COMMA, Joint.OR)))
                .isTrue();
    }

    @Test
    void boundsNoAgeMeetsTogetherAreContradictory() {
        Criterion under18 = new AgeCheck(Comparison.LT, 18, DurationUnit.YEARS, StageParts.at(0, 10));
        Criterion over70 = new AgeCheck(Comparison.GT, 70, DurationUnit.YEARS, StageParts.at(15, 25));
        Criterion over12 = new AgeCheck(Comparison.GE, 12, DurationUnit.YEARS, StageParts.at(15, 25));
        assertThat(Alternatives.contradictoryAges(List.of(under18, over70))).isTrue();
        assertThat(Alternatives.contradictoryAges(List.of(under18, over12))).isFalse();
        assertThat(Alternatives.contradictoryAges(List.of(under18, HIV))).isFalse();
    }
}
