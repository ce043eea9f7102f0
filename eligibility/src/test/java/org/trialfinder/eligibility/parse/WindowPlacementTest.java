package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.diagnosis;
import static org.trialfinder.eligibility.parse.StageParts.print;
import static org.trialfinder.eligibility.parse.StageParts.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DurationUnit;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;

/** WindowPlacement, fed by groups of checks and windows built by hand. */
class WindowPlacementTest {

    private static final String TEXT = "x".repeat(100);

    private static Group group(Group.Member... members) {
        return new Group(List.of(members), false);
    }

    private static Group.Member check(Criterion c) {
        return new Group.Member.Check(c);
    }

    private static Group.Member window(Token.Time t) {
        return new Group.Member.Window(t);
    }

    private static String only(Group g) {
        assertThat(g.members()).singleElement().isInstanceOf(Group.Member.Check.class);
        return print(((Group.Member.Check) g.members().get(0)).c());
    }

    @Test
    void aWindowAppliesToTheEventsBeforeItAndToTheAlternativesJoinedByOr() {
        // "arterial or venous thrombosis within 6 months"
        Group arterial = group(check(diagnosis("arterial_thrombosis", 0, 8)));
        Group venous = group(
                check(diagnosis("venous_thrombosis", 12, 28)), window(within(29, 45, 6, DurationUnit.MONTHS, false)));
        assertThat(WindowPlacement.apply(List.of(arterial, venous), List.of(Joint.OR), TEXT))
                .isTrue();
        assertThat(only(arterial)).isEqualTo("within(6 mo, diagnosis(arterial_thrombosis))");
        assertThat(only(venous)).isEqualTo("within(6 mo, diagnosis(venous_thrombosis))");
    }

    @Test
    void aWindowDoesNotReachAlternativesJoinedByAnd() {
        Group first = group(check(diagnosis("stroke", 0, 6)));
        Group second = group(
                check(diagnosis("myocardial_infarction", 11, 32)),
                window(within(33, 50, 6, DurationUnit.MONTHS, false)));
        WindowPlacement.apply(List.of(first, second), List.of(Joint.AND), TEXT);
        assertThat(only(first)).isEqualTo("diagnosis(stroke)");
        assertThat(only(second)).isEqualTo("within(6 mo, diagnosis(myocardial_infarction))");
    }

    @Test
    void sinceMeansTheNextEventDidNotHappenWithinTheWindow() {
        // "at least 4 weeks since radiotherapy"
        Group g = group(
                window(within(0, 22, 4, DurationUnit.WEEKS, true)),
                check(new PriorTherapyCheck("radiotherapy", StageParts.at(23, 35))));
        assertThat(WindowPlacement.apply(List.of(g), List.of(), TEXT)).isTrue();
        assertThat(only(g)).isEqualTo("not(within(4 wk, therapy(radiotherapy)))");
    }

    @Test
    void afterALabAWindowOnlySaysWhenItIsDrawn() {
        Group g = group(
                check(new LabCheck("ANC", Comparison.GE, 1.5, "10*9/L", StageParts.at(0, 12))),
                window(within(13, 30, 14, DurationUnit.DAYS, false)));
        assertThat(WindowPlacement.apply(List.of(g), List.of(), TEXT)).isTrue();
        assertThat(only(g)).isEqualTo("lab(ANC) >= 1.5 10*9/L");
    }

    @Test
    void aWindowWithNoEventIsUnreadWithItsReason() {
        Group g = group(
                check(new NotComputable("surgery", StageParts.at(0, 7), UnreadReason.UNREAD_WORDS)),
                window(within(8, 24, 4, DurationUnit.WEEKS, false)));
        assertThat(WindowPlacement.apply(List.of(g), List.of(), TEXT)).isTrue();
        assertThat(g.members()).hasSize(2);
        NotComputable window = (NotComputable) ((Group.Member.Check) g.members().get(1)).c();
        assertThat(window.reason()).isEqualTo(UnreadReason.WINDOW_WITHOUT_EVENT);
        assertThat(window.span()).isEqualTo(StageParts.at(8, 24));
    }

    @Test
    void aGroupOfOnlyAWindowPlacedElsewhereIsAShapeItCannotPlace() {
        Group event = group(check(diagnosis("stroke", 0, 6)));
        Group alone = group(window(within(10, 26, 6, DurationUnit.MONTHS, false)));
        assertThat(WindowPlacement.apply(List.of(event, alone), List.of(Joint.OR), TEXT))
                .isFalse();
    }
}
