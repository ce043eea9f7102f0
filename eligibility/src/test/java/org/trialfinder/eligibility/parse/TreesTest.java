package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.diagnosis;
import static org.trialfinder.eligibility.parse.StageParts.print;
import static org.trialfinder.eligibility.parse.StageParts.unread;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.model.text.TextSpan;

/** Trees, fed by checks: joins flattened, repeats (also in another unit) dropped, unread parts merged. */
class TreesTest {

    private static final Criterion STROKE = diagnosis("stroke", 0, 6);
    private static final Criterion EPILEPSY = diagnosis("epilepsy", 10, 18);

    @Test
    void joinsFlattenAndUnwrap() {
        Criterion inner = new Or(List.of(STROKE, EPILEPSY), new TextSpan(0, 18));
        assertThat(print(Trees.join(List.of(inner, diagnosis("cancer", 20, 26)), Joint.OR, new TextSpan(0, 26))))
                .isEqualTo("or(diagnosis(stroke), diagnosis(epilepsy), diagnosis(cancer))");
        assertThat(Trees.join(List.of(STROKE), Joint.AND, STROKE.span())).isSameAs(STROKE);
    }

    @Test
    void theSameLabInAnotherUnitIsARepeat() {
        Criterion gPerL = new LabCheck("HB", Comparison.LT, 90, "g/L", new TextSpan(0, 12));
        Criterion gPerDl = new LabCheck("HB", Comparison.LT, 9, "g/dL", new TextSpan(14, 22));
        assertThat(Trees.dedupe(List.of(gPerL, gPerDl))).containsExactly(gPerL);
    }

    @Test
    void unreadPartsMergeIntoOneKeepingTheFirstReason() {
        List<Criterion> out = Trees.dedupe(List.of(
                unread("uncontrolled", 0, 12, UnreadReason.UNREAD_WORDS),
                STROKE,
                unread("", 20, 30, UnreadReason.SUSPECTED)));
        assertThat(out).hasSize(2);
        NotComputable merged = (NotComputable) out.get(1);
        assertThat(merged.text()).isEqualTo("uncontrolled (unread)");
        assertThat(merged.span()).isEqualTo(new TextSpan(0, 30));
        assertThat(merged.reason()).isEqualTo(UnreadReason.UNREAD_WORDS);
    }

    @Test
    void aReadAlternativeAbsorbsTheSameCheckWithSomethingUnread() {
        Criterion partly = new And(List.of(STROKE, unread("x", 7, 8, UnreadReason.UNREAD_WORDS)), new TextSpan(0, 8));
        assertThat(print(Trees.join(List.of(STROKE, partly), Joint.OR, new TextSpan(0, 8))))
                .isEqualTo("diagnosis(stroke)");
    }

    @Test
    void theFirstRecordedReasonIsFoundDepthFirst() {
        Criterion tree = new And(
                List.of(
                        new Not(new NotComputable("made elsewhere", new TextSpan(0, 5)), new TextSpan(0, 5)),
                        new Or(List.of(STROKE, unread("", 7, 9, UnreadReason.PLANNED)), new TextSpan(0, 9))),
                new TextSpan(0, 9));
        assertThat(Trees.firstReason(tree, UnreadReason.UNREAD_WORDS)).isEqualTo(UnreadReason.PLANNED);
        assertThat(Trees.firstReason(STROKE, UnreadReason.UNREAD_WORDS)).isEqualTo(UnreadReason.UNREAD_WORDS);
    }
}
