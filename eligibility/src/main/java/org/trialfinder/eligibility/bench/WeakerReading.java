package org.trialfinder.eligibility.bench;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;

/**
 * Whether a parsed tree is the label read less: for every patient it is either unknown or what the label
 * says (Kleene's information order), so it can never decide against the text. Checked syntactically and
 * conservatively: and/or parts read each weaker than a distinct part of the label's and/or, the label's parts
 * left over standing for the parsed tree's not_computable part; a negation of a weaker reading; anything
 * else only when equivalent. Lets {@code bench/run criteria} tell a partial reading (a list with one part
 * unread) from a wrong one.
 */
final class WeakerReading {

    private final Equivalence equivalence;

    WeakerReading(Equivalence equivalence) {
        this.equivalence = equivalence;
    }

    boolean weaker(Criterion parsed, Criterion label) {
        if (parsed instanceof NotComputable || equivalence.equivalent(parsed, label)) {
            return true;
        }
        Criterion p0 = deMorgan(parsed);
        Criterion l0 = deMorgan(label);
        if (p0 != parsed || l0 != label) {
            return weaker(p0, l0);
        }
        if (parsed instanceof Not p && label instanceof Not l) {
            return weaker(p.part(), l.part());
        }
        boolean and = parsed instanceof And;
        if (!(parsed instanceof And) && !(parsed instanceof Or)) {
            return false;
        }
        List<Criterion> read = new ArrayList<>();
        boolean unread = false;
        for (Criterion p : flat(parsed, and)) {
            if (p instanceof NotComputable) {
                unread = true;
            } else {
                read.add(p);
            }
        }
        List<Criterion> left = new ArrayList<>(flat(label, and));
        for (Criterion p : read) {
            Criterion match =
                    left.stream().filter(l -> weaker(p, l)).findFirst().orElse(null);
            if (match == null) {
                return false;
            }
            left.remove(match);
        }
        // what the label says beyond the read parts must be in the parsed tree's unread part
        return left.isEmpty() || unread;
    }

    /** not(or(a, b)) as and(not(a), not(b)), not(and(a, b)) as or(not(a), not(b)); anything else as it is. */
    private static Criterion deMorgan(Criterion c) {
        if (c instanceof Not n && n.part() instanceof Or o) {
            return new And(
                    o.parts().stream()
                            .map(p -> (Criterion) new Not(p, p.span()))
                            .toList(),
                    c.span());
        }
        if (c instanceof Not n && n.part() instanceof And a) {
            return new Or(
                    a.parts().stream()
                            .map(p -> (Criterion) new Not(p, p.span()))
                            .toList(),
                    c.span());
        }
        return c;
    }

    /** The parts of an and (or) with nested ands (ors) opened; anything else is one part. */
    private static List<Criterion> flat(Criterion c, boolean and) {
        List<Criterion> out = new ArrayList<>();
        if (and && c instanceof And a) {
            a.parts().forEach(p -> out.addAll(flat(p, true)));
        } else if (!and && c instanceof Or o) {
            o.parts().forEach(p -> out.addAll(flat(p, false)));
        } else {
            out.add(c);
        }
        return out;
    }
}
