package org.trialfinder.eligibility.criterion;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.trialfinder.model.text.TextSpan;

/**
 * Whether two trees say the same thing, for the labelled-set benchmark and tests: spans and
 * not-computable texts are ignored, and/or argument order is ignored (nested and/or of the same kind
 * are flattened), lab thresholds are compared after unit conversion, durations in days.
 */
public final class Equivalence {

    private static final double RELATIVE_TOLERANCE = 0.005;

    private final LabUnits units;

    public Equivalence(LabUnits units) {
        this.units = units;
    }

    /**
     * Whether the two trees say the same, after normalising both: a window over a conjunction with an
     * unread part is the window over the read part and the unread part ({@code within(w, and(x, nc))} =
     * {@code and(within(w, x), nc)}: a not-computable part is unknown either way), a window over a
     * disjunction is the disjunction of windows, {@code not(not(x))} is x, nested and/or are flattened and
     * repeated parts dropped.
     */
    public boolean equivalent(Criterion a, Criterion b) {
        return same(normalise(a), normalise(b));
    }

    static Criterion normalise(Criterion c) {
        return switch (c) {
            case And a -> joined(a.parts().stream().map(Equivalence::normalise).toList(), true, a.span());
            case Or o -> joined(o.parts().stream().map(Equivalence::normalise).toList(), false, o.span());
            case Not n ->
                normalise(n.part()) instanceof Not inner ? inner.part() : new Not(normalise(n.part()), n.span());
            case Conditional k -> new Conditional(normalise(k.condition()), normalise(k.then()), k.span());
            case Within w -> within(w.window(), normalise(w.part()), w.span());
            default -> c;
        };
    }

    private static Criterion within(Window window, Criterion part, TextSpan span) {
        return switch (part) {
            case NotComputable n -> n;
            case Or o ->
                joined(o.parts().stream().map(p -> within(window, p, span)).toList(), false, span);
            case And a
            when a.parts().stream().anyMatch(p -> p instanceof NotComputable) -> {
                List<Criterion> read = a.parts().stream()
                        .filter(p -> !(p instanceof NotComputable))
                        .toList();
                Criterion inner = read.size() == 1 ? read.get(0) : new And(read, span);
                yield joined(List.of(within(window, inner, span), new NotComputable("", span)), true, span);
            }
            default -> new Within(window, part, span);
        };
    }

    private static Criterion joined(List<Criterion> parts, boolean and, TextSpan span) {
        List<Criterion> flat = new ArrayList<>();
        boolean unread = false;
        for (Criterion p : parts) {
            if (and && p instanceof And x) {
                flat.addAll(x.parts());
            } else if (!and && p instanceof Or x) {
                flat.addAll(x.parts());
            } else if (p instanceof NotComputable) {
                unread = true;
            } else {
                flat.add(p);
            }
        }
        List<Criterion> distinct = new ArrayList<>();
        for (Criterion p : flat) {
            String printed = Notation.print(p);
            if (distinct.stream().noneMatch(q -> Notation.print(q).equals(printed))) {
                distinct.add(p);
            }
        }
        if (unread) {
            distinct.add(new NotComputable("", span));
        }
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        return and ? new And(distinct, span) : new Or(distinct, span);
    }

    private boolean same(Criterion a, Criterion b) {
        return switch (a) {
            case And x -> b instanceof And y && sameParts(flatten(x), flatten(y));
            case Or x -> b instanceof Or y && sameParts(flatten(x), flatten(y));
            case Not x -> b instanceof Not y && same(x.part(), y.part());
            case Conditional x ->
                b instanceof Conditional y && same(x.condition(), y.condition()) && same(x.then(), y.then());
            case Within x ->
                b instanceof Within y && close(x.window().days(), y.window().days()) && same(x.part(), y.part());
            case AgeCheck x ->
                b instanceof AgeCheck y
                        && x.comparison() == y.comparison()
                        && close(
                                x.value() * x.unit().days(),
                                y.value() * y.unit().days());
            case SexCheck x -> b instanceof SexCheck y && x.sex() == y.sex();
            case ReproductiveCheck x -> b instanceof ReproductiveCheck y && x.status() == y.status();
            case PerformanceCheck x -> b instanceof PerformanceCheck y && samePerformance(x, y);
            case LabCheck x -> b instanceof LabCheck y && sameLab(x, y);
            case NyhaCheck x -> b instanceof NyhaCheck y && x.comparison() == y.comparison() && x.value() == y.value();
            case DiagnosisCheck x -> b instanceof DiagnosisCheck y && x.term().equalsIgnoreCase(y.term());
            case MetastasisCheck x -> b instanceof MetastasisCheck y && x.site().equalsIgnoreCase(y.site());
            case PriorTherapyCheck x ->
                b instanceof PriorTherapyCheck y && x.therapy().equalsIgnoreCase(y.therapy());
            case TherapyLinesCheck x ->
                b instanceof TherapyLinesCheck y
                        && x.therapyClass().equalsIgnoreCase(y.therapyClass())
                        && x.comparison() == y.comparison()
                        && x.value() == y.value();
            case LifeExpectancyCheck x ->
                b instanceof LifeExpectancyCheck y
                        && x.comparison() == y.comparison()
                        && close(
                                x.value() * x.unit().days(),
                                y.value() * y.unit().days());
            case BmiCheck x ->
                b instanceof BmiCheck y && x.comparison() == y.comparison() && close(x.value(), y.value());
            case TestResultCheck x ->
                b instanceof TestResultCheck y && x.test() == y.test() && x.result() == y.result();
            case NotComputable x -> b instanceof NotComputable;
        };
    }

    /** An ECOG list {0,1} is the same as ECOG &lt;= 1: compare the sets of scores each admits. */
    private static boolean samePerformance(PerformanceCheck x, PerformanceCheck y) {
        if (x.scale() != y.scale()) {
            return false;
        }
        int max = x.scale() == PerformanceCheck.Scale.ECOG || x.scale() == PerformanceCheck.Scale.WHO ? 5 : 100;
        int step = max == 5 ? 1 : 10;
        for (int v = 0; v <= max; v += step) {
            if (admits(x, v) != admits(y, v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean admits(PerformanceCheck p, int score) {
        return p.isList() ? p.values().contains(score) : p.comparison().test(score, p.value());
    }

    private boolean sameLab(LabCheck x, LabCheck y) {
        if (!x.key().equals(y.key()) || x.comparison() != y.comparison()) {
            return false;
        }
        if (x.unit().equals(y.unit())) {
            return close(x.value(), y.value());
        }
        if (x.relativeToLimit() || y.relativeToLimit()) {
            return false;
        }
        OptionalDouble converted = units.convert(x.key(), x.value(), x.unit(), y.unit());
        return converted.isPresent() && close(converted.getAsDouble(), y.value());
    }

    private boolean sameParts(List<Criterion> xs, List<Criterion> ys) {
        if (xs.size() != ys.size()) {
            return false;
        }
        return match(xs, 0, ys, new boolean[ys.size()]);
    }

    /** Backtracking match of each part of xs to a distinct part of ys (parts are few). */
    private boolean match(List<Criterion> xs, int at, List<Criterion> ys, boolean[] used) {
        if (at == xs.size()) {
            return true;
        }
        for (int j = 0; j < ys.size(); j++) {
            if (!used[j] && same(xs.get(at), ys.get(j))) {
                used[j] = true;
                if (match(xs, at + 1, ys, used)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }

    private static List<Criterion> flatten(Criterion c) {
        List<Criterion> out = new ArrayList<>();
        List<Criterion> parts = c instanceof And a ? a.parts() : ((Or) c).parts();
        for (Criterion p : parts) {
            if (p.getClass() == c.getClass()) {
                out.addAll(flatten(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }
}
