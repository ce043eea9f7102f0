package org.trialfinder.eligibility.criterion;

import java.util.function.UnaryOperator;
import org.trialfinder.model.text.TextSpan;

/** A tree with every node's span mapped (e.g. from offsets in an item's text to offsets in the whole field). */
public final class Respan {

    private Respan() {}

    public static Criterion map(Criterion c, UnaryOperator<TextSpan> f) {
        TextSpan s = c.span().known() ? f.apply(c.span()) : c.span();
        return switch (c) {
            case And a -> new And(a.parts().stream().map(p -> map(p, f)).toList(), s);
            case Or o -> new Or(o.parts().stream().map(p -> map(p, f)).toList(), s);
            case Not n -> new Not(map(n.part(), f), s);
            case Conditional k -> new Conditional(map(k.condition(), f), map(k.then(), f), s);
            case Within w -> new Within(w.window(), map(w.part(), f), s);
            case AgeCheck a -> new AgeCheck(a.comparison(), a.value(), a.unit(), s);
            case SexCheck x -> new SexCheck(x.sex(), s);
            case ReproductiveCheck r -> new ReproductiveCheck(r.status(), s);
            case PerformanceCheck p -> new PerformanceCheck(p.scale(), p.comparison(), p.value(), p.values(), s);
            case LabCheck l -> new LabCheck(l.key(), l.comparison(), l.value(), l.unit(), s);
            case NyhaCheck n -> new NyhaCheck(n.comparison(), n.value(), s);
            case DiagnosisCheck d -> new DiagnosisCheck(d.term(), s);
            case MetastasisCheck m -> new MetastasisCheck(m.site(), s);
            case PriorTherapyCheck t -> new PriorTherapyCheck(t.therapy(), s);
            case TherapyLinesCheck t -> new TherapyLinesCheck(t.therapyClass(), t.comparison(), t.value(), s);
            case LifeExpectancyCheck e -> new LifeExpectancyCheck(e.comparison(), e.value(), e.unit(), s);
            case BmiCheck b -> new BmiCheck(b.comparison(), b.value(), s);
            case TestResultCheck t -> new TestResultCheck(t.test(), t.result(), s);
            case NotComputable n -> new NotComputable(n.text(), s, n.reason());
        };
    }
}
