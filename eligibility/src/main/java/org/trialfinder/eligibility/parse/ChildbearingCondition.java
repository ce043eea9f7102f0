package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;

/**
 * "Negative pregnancy test for women of childbearing potential", "agrees to use contraception (patients of
 * childbearing potential)": an inclusion about reproduction stated for women who can become pregnant applies to
 * them only: {@code and(childbearing_potential, X)} becomes {@code if(childbearing_potential, X)}.
 */
final class ChildbearingCondition {

    private ChildbearingCondition() {}

    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:who|that|which)\\b");

    /**
     * "A woman of childbearing age who is pregnant, nursing, or not using contraception": the women the relative
     * clause opens with are the subject of every alternative it offers, not of the first alone, so the or of the
     * alternatives is asked of women of childbearing potential: {@code and(childbearing_potential, or(…))}. Empty
     * when the first alternative does not open with childbearing potential and "who" after it.
     */
    static Optional<Criterion> subjectOfAlternatives(List<Criterion> alternatives, String text) {
        if (alternatives.size() < 2
                || !(alternatives.get(0) instanceof And first)
                || first.parts().size() < 2) {
            return Optional.empty();
        }
        Criterion subject = first.parts().get(0);
        Criterion next = first.parts().get(1);
        if (!(subject instanceof ReproductiveCheck r)
                || r.status() != ReproductiveCheck.Status.CHILDBEARING_POTENTIAL
                || !subject.span().known()
                || !next.span().known()
                || next.span().start() < subject.span().end()
                || next.span().start() > text.length()
                || !RELATIVE.matcher(
                                text.substring(subject.span().end(), next.span().start()))
                        .find()) {
            return Optional.empty();
        }
        List<Criterion> rest = new ArrayList<>();
        List<Criterion> firstRest = first.parts().subList(1, first.parts().size());
        rest.add(firstRest.size() == 1 ? firstRest.get(0) : new And(firstRest, Trees.spanOf(firstRest)));
        rest.addAll(alternatives.subList(1, alternatives.size()));
        Criterion anyOf = Trees.join(rest, Joint.OR, Trees.spanOf(rest));
        return Optional.of(new And(List.of(subject, anyOf), Trees.spanOf(alternatives)));
    }

    static Criterion apply(Criterion tree) {
        if (!(tree instanceof And and)) {
            return tree;
        }
        Criterion cbp = null;
        List<Criterion> rest = new ArrayList<>();
        for (Criterion p : and.parts()) {
            if (p instanceof ReproductiveCheck r
                    && r.status() == ReproductiveCheck.Status.CHILDBEARING_POTENTIAL
                    && cbp == null) {
                cbp = p;
            } else if (p instanceof ReproductiveCheck r && r.status() == ReproductiveCheck.Status.CONTRACEPTION
                    || p instanceof Not n && n.part() instanceof ReproductiveCheck
                    || TestResultWords.isPregnancyTest(p)) {
                rest.add(p);
            } else {
                return tree;
            }
        }
        if (cbp == null || rest.isEmpty()) {
            return tree;
        }
        Criterion then = rest.size() == 1 ? rest.get(0) : new And(rest, Trees.spanOf(rest));
        return new Conditional(cbp, then, tree.span());
    }
}
