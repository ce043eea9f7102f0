package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * Lab tokens as trees: each key's thresholds all hold (a range); the keys join as the section says (an
 * inclusion needs each, an exclusion is any out of range) unless the text offers them as alternatives.
 */
final class LabTrees {

    private LabTrees() {}

    /** Every {@link Element.Labs} of the elements replaced by a {@link Element.Piece} holding its tree. */
    static void apply(List<Element> els, Section section) {
        for (int i = 0; i < els.size(); i++) {
            if (els.get(i) instanceof Element.Labs l) {
                els.set(
                        i,
                        new Element.Piece(
                                labTree(l.token(), section),
                                l.token().start(),
                                l.token().end()));
            }
        }
    }

    /** All thresholds of a set of lab tokens. */
    static Criterion labsTree(List<Token.Labs> group, Section section) {
        List<Criterion> parts = new ArrayList<>();
        for (Token.Labs l : group) {
            parts.add(labTree(l, section));
        }
        return Trees.join(parts, section == Section.EXCLUSION ? Joint.OR : Joint.AND, Trees.spanOf(parts));
    }

    /** One lab token: each key's thresholds all hold (a range); keys join by the section. */
    static Criterion labTree(Token.Labs l, Section section) {
        List<Criterion> perKey = new ArrayList<>();
        for (String key : l.keys()) {
            List<Criterion> th = new ArrayList<>();
            for (LabCheck c : l.thresholds()) {
                if (c.key().equals(key)) {
                    th.add(c);
                }
            }
            perKey.add(Trees.join(th, Joint.AND, new TextSpan(l.start(), l.end())));
        }
        return Trees.join(
                perKey,
                section == Section.EXCLUSION || l.anyKey() ? Joint.OR : Joint.AND,
                new TextSpan(l.start(), l.end()));
    }
}
