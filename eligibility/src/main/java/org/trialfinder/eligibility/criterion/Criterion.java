package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/**
 * What one criterion item states about a patient, as a small tree: logic nodes ({@link And},
 * {@link Or}, {@link Not}, {@link Conditional}, {@link Within}) over atomic checks. The tree says what the
 * text says, independent of the list it stands in (the section gives the polarity). Anything the tree
 * cannot say exactly is a {@link NotComputable} with its text.
 *
 * <p>Every node carries the {@link TextSpan} of the item text it was read from. Records compare spans too;
 * use {@link Equivalence} to compare meaning.
 */
public sealed interface Criterion
        permits And,
                Or,
                Not,
                Conditional,
                Within,
                AgeCheck,
                SexCheck,
                ReproductiveCheck,
                PerformanceCheck,
                LabCheck,
                NyhaCheck,
                DiagnosisCheck,
                MetastasisCheck,
                PriorTherapyCheck,
                TherapyLinesCheck,
                LifeExpectancyCheck,
                BmiCheck,
                TestResultCheck,
                NotComputable {

    TextSpan span();

    /** Whether any part of the tree is computable (not everything is {@link NotComputable}). */
    default boolean computable() {
        return switch (this) {
            case NotComputable n -> false;
            case And a -> a.parts().stream().anyMatch(Criterion::computable);
            case Or o -> o.parts().stream().anyMatch(Criterion::computable);
            case Not n -> n.part().computable();
            case Conditional c -> c.condition().computable() || c.then().computable();
            case Within w -> w.part().computable();
            default -> true;
        };
    }

    /** Whether some part is {@link NotComputable}. */
    default boolean partlyNotComputable() {
        return switch (this) {
            case NotComputable n -> true;
            case And a -> a.parts().stream().anyMatch(Criterion::partlyNotComputable);
            case Or o -> o.parts().stream().anyMatch(Criterion::partlyNotComputable);
            case Not n -> n.part().partlyNotComputable();
            case Conditional c ->
                c.condition().partlyNotComputable() || c.then().partlyNotComputable();
            case Within w -> w.part().partlyNotComputable();
            default -> false;
        };
    }
}
