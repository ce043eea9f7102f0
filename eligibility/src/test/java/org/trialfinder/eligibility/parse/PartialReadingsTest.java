package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.eligibility.parse.StageParts.diagnosis;
import static org.trialfinder.eligibility.parse.StageParts.print;
import static org.trialfinder.eligibility.parse.StageParts.unread;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.model.text.TextSpan;

/** PartialReadings, fed by trees: which partly read trees stand for the item, and the reason when none does. */
class PartialReadingsTest {

    private static final String TEXT = "uncontrolled hypertension or diabetes or other disease";

    private static NotComputable judgedUnread(Criterion tree) {
        Criterion c = PartialReadings.judge(Reading.read(tree), TEXT);
        assertThat(c).isInstanceOf(NotComputable.class);
        NotComputable n = (NotComputable) c;
        assertThat(n.text()).isEqualTo(TEXT);
        assertThat(n.span()).isEqualTo(new TextSpan(0, TEXT.length()));
        return n;
    }

    @Test
    void readAlternativesWithOneUnreadStand() {
        Criterion or = new Or(
                List.of(
                        diagnosis("hypertension", 13, 25),
                        diagnosis("diabetes", 29, 37),
                        unread("other disease", 41, 54, UnreadReason.UNREAD_WORDS)),
                new TextSpan(0, 54));
        assertThat(PartialReadings.judge(Reading.read(or), TEXT)).isSameAs(or);
    }

    @Test
    void aNarrowingWordUnreadStands() {
        Criterion and = new And(
                List.of(diagnosis("hypertension", 13, 25), unread("uncontrolled", 0, 12, UnreadReason.UNREAD_WORDS)),
                new TextSpan(0, 25));
        assertThat(print(PartialReadings.judge(Reading.read(and), TEXT)))
                .isEqualTo("and(diagnosis(hypertension), not_computable)");
    }

    @Test
    void otherUnreadWordsMakeTheItemUnreadWithTheirReason() {
        Criterion and = new And(
                List.of(diagnosis("hypertension", 13, 25), unread("unless treated", 26, 40, UnreadReason.EXCEPTION)),
                new TextSpan(0, 40));
        assertThat(judgedUnread(and).reason()).isEqualTo(UnreadReason.EXCEPTION);
    }

    @Test
    void aStageThatCouldNotReadGivesItsReason() {
        assertThat(judgedUnread(unread("x", 0, 1, UnreadReason.PERMISSION)).reason())
                .isEqualTo(UnreadReason.PERMISSION);
        Criterion c = PartialReadings.judge(Reading.notRead(UnreadReason.AND_WITHIN_OR), TEXT);
        assertThat(((NotComputable) c).reason()).isEqualTo(UnreadReason.AND_WITHIN_OR);
        assertThat(c.span()).isEqualTo(new TextSpan(0, TEXT.length()));
    }
}
