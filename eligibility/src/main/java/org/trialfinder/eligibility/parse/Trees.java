package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.CatalogUnits;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.model.text.TextSpan;

/** How the criterion parser's stages build trees: and/or flattened, repeats dropped, unread parts merged. */
final class Trees {

    private Trees() {}

    static final Equivalence SAME = new Equivalence(CatalogUnits.INSTANCE);

    static TextSpan spanOf(List<Criterion> parts) {
        TextSpan s = TextSpan.NONE;
        for (Criterion c : parts) {
            s = s.cover(c.span());
        }
        return s;
    }

    /** and/or of parts, flattened, one not_computable at most, single part unwrapped. */
    static Criterion join(List<Criterion> parts, Joint joint, TextSpan span) {
        List<Criterion> flat = new ArrayList<>();
        for (Criterion p : parts) {
            if (joint == Joint.OR && p instanceof Or o) {
                flat.addAll(o.parts());
            } else if (joint != Joint.OR && p instanceof And a) {
                flat.addAll(a.parts());
            } else {
                flat.add(p);
            }
        }
        flat = dedupe(flat);
        if (joint == Joint.OR) {
            // absorption: "p, or p and something unread" is p
            List<Criterion> kept = new ArrayList<>();
            List<Criterion> all = flat;
            for (Criterion p : all) {
                boolean absorbed = p instanceof And a
                        && a.parts().stream().anyMatch(q -> q instanceof NotComputable)
                        && a.parts().stream()
                                .filter(q -> !(q instanceof NotComputable))
                                .anyMatch(q -> all.stream().anyMatch(other -> other != p && SAME.equivalent(other, q)));
                if (!absorbed) {
                    kept.add(p);
                }
            }
            flat = kept;
        }
        if (flat.size() == 1) {
            return flat.get(0);
        }
        return joint == Joint.OR ? new Or(flat, span) : new And(flat, span);
    }

    private static String textOf(NotComputable nc) {
        return nc.text().isBlank() ? "(unread)" : nc.text();
    }

    /**
     * Drops repeated parts (the same check, also in another unit: "Hb &lt; 90 g/L (&lt; 9 g/dL)") and merges
     * not_computable parts into one, which keeps the first one's reason.
     */
    static List<Criterion> dedupe(List<Criterion> parts) {
        List<Criterion> out = new ArrayList<>();
        NotComputable nc = null;
        for (Criterion p : parts) {
            if (p instanceof NotComputable n) {
                // the merged part keeps every text (a blank one is an unread alternative, never a qualifier)
                nc = nc == null
                        ? n
                        : new NotComputable(
                                textOf(nc) + " " + textOf(n), nc.span().cover(n.span()), nc.reason());
                continue;
            }
            if (out.stream().noneMatch(q -> SAME.equivalent(q, p))) {
                out.add(p);
            }
        }
        if (nc != null) {
            out.add(nc);
        }
        return out;
    }

    /** The reason of the first unread part of a tree (depth first), or {@code fallback} when it has none recorded. */
    static UnreadReason firstReason(Criterion c, UnreadReason fallback) {
        UnreadReason r = firstRecorded(c);
        return r == null ? fallback : r;
    }

    private static UnreadReason firstRecorded(Criterion c) {
        if (c instanceof NotComputable n) {
            return n.reason() == UnreadReason.NOT_RECORDED ? null : n.reason();
        }
        List<Criterion> parts = switch (c) {
            case And a -> a.parts();
            case Or o -> o.parts();
            case Not n -> List.of(n.part());
            case Conditional k -> List.of(k.condition(), k.then());
            case Within w -> List.of(w.part());
            default -> List.of();
        };
        for (Criterion p : parts) {
            UnreadReason r = firstRecorded(p);
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
