package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.Respan;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * The reason a stage gives for not reading survives to the {@link NotComputable} the parser returns, without
 * changing what the tree says (the notation, equality) or where it points.
 */
class UnreadReasonsTest {

    private static UnreadReason reason(String text, Section section) {
        Criterion c = CriterionParser.parse(text, section);
        assertThat(c).as(Notation.print(c)).isInstanceOf(NotComputable.class);
        return ((NotComputable) c).reason();
    }

    @Test
    void theParserSaysWhyAnItemWasNotRead() {
        assertThat(reason("x".repeat(ItemBounds.MAX_CHARS + 1), Section.INCLUSION))
                .isEqualTo(UnreadReason.ITEM_TOO_LONG);
        assertThat(reason("Pregnant women are eligible", Section.EXCLUSION)).isEqualTo(UnreadReason.PERMISSION);
        assertThat(reason("Signed informed consent", Section.INCLUSION)).isEqualTo(UnreadReason.NO_RECOGNISED_TERM);
        // the spelling stage maps the tree back to the text as given, reason and all
        assertThat(reason("Epilepsy（requiring hospitalisation）", Section.INCLUSION))
                .isEqualTo(UnreadReason.UNREAD_WORDS);
    }

    @Test
    void theReasonIsNoPartOfWhatTheTreeSays() {
        NotComputable a = new NotComputable("x", new TextSpan(0, 1), UnreadReason.PERMISSION);
        NotComputable b = new NotComputable("x", new TextSpan(0, 1));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(b.reason()).isEqualTo(UnreadReason.NOT_RECORDED);
        assertThat(Notation.print(a)).isEqualTo("not_computable");
        Criterion moved = Respan.map(
                new Or(List.of(a, new DiagnosisCheck("stroke", new TextSpan(2, 8))), new TextSpan(0, 8)),
                s -> new TextSpan(s.start() + 5, s.end() + 5));
        assertThat(((NotComputable) ((Or) moved).parts().get(0)).reason()).isEqualTo(UnreadReason.PERMISSION);
    }

    @Test
    void anUnreadPartOfAListKeepsItsOwnReason() {
        Criterion c = CriterionParser.parse(
                "Adequate organ function: ANC ≥ 1.5 × 10^9/L; platelets ≥ 100 × 10^9/L; signed informed consent",
                Section.INCLUSION);
        assertThat(c.computable()).as(Notation.print(c)).isTrue();
        List<UnreadReason> reasons = unreadReasons(c);
        assertThat(reasons).containsExactly(UnreadReason.NO_RECOGNISED_TERM);
    }

    private static List<UnreadReason> unreadReasons(Criterion c) {
        return switch (c) {
            case NotComputable n -> List.of(n.reason());
            case And a ->
                a.parts().stream().flatMap(p -> unreadReasons(p).stream()).toList();
            case Or o ->
                o.parts().stream().flatMap(p -> unreadReasons(p).stream()).toList();
            default -> List.of();
        };
    }
}
