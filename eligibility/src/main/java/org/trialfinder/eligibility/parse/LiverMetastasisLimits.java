package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.MetastasisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * "≤ 2.5 × ULN (≤ 5 × ULN for patients with liver metastases)": the labs before the condition are for patients
 * without, those under it for patients with. Replaces the labs and their conditions by one piece: in an
 * inclusion {@code if(not(metastasis(liver)), …)} and {@code if(metastasis(liver), …)}, in an exclusion the
 * same as alternatives.
 */
final class LiverMetastasisLimits {

    private LiverMetastasisLimits() {}

    /**
     * Rewrites the elements in place. Returns false (the elements then unchanged) when the shape is not one
     * this reads exactly.
     */
    static boolean apply(List<Element> els, Section section) {
        List<Integer> conditions = new ArrayList<>();
        for (int i = 0; i < els.size(); i++) {
            if (els.get(i) instanceof Element.Liver) {
                conditions.add(i);
            }
        }
        if (conditions.isEmpty()) {
            return true;
        }
        List<Integer> labs = new ArrayList<>();
        for (int i = 0; i < els.size(); i++) {
            if (els.get(i) instanceof Element.Labs) {
                labs.add(i);
            }
        }
        if (labs.isEmpty() || conditions.size() > 2) {
            return false;
        }
        // groups of labs each tied to a condition: a condition before its labs when it opens a clause
        // ("if there is no liver metastasis, ALT > 2.5 ULN; if there is, ALT > 5 ULN"), else after them.
        boolean prefix = conditions.get(0) < labs.get(0);
        List<List<Token.Labs>> groups = new ArrayList<>();
        List<Boolean> present = new ArrayList<>();
        List<Token.Labs> free = new ArrayList<>();
        int startIdx = 0;
        for (int ci = 0; ci < conditions.size(); ci++) {
            int c = conditions.get(ci);
            List<Token.Labs> group = new ArrayList<>();
            if (prefix) {
                int next = ci + 1 < conditions.size() ? conditions.get(ci + 1) : els.size();
                for (int i = c + 1; i < next; i++) {
                    if (els.get(i) instanceof Element.Labs l) {
                        group.add(l.token());
                    }
                }
            } else {
                // the last lab group before the condition (and after the previous condition) is its group
                int last = -1;
                for (int i = startIdx; i < c; i++) {
                    if (els.get(i) instanceof Element.Labs) {
                        last = i;
                    }
                }
                for (int i = startIdx; i < c; i++) {
                    if (els.get(i) instanceof Element.Labs l) {
                        if (i == last || ci > 0) {
                            group.add(l.token());
                        } else {
                            free.add(l.token());
                        }
                    }
                }
                startIdx = c + 1;
            }
            if (group.isEmpty()) {
                return false;
            }
            groups.add(group);
            present.add(((Element.Liver) els.get(c)).token().present());
        }
        if (!prefix) {
            for (int i = startIdx; i < els.size(); i++) {
                if (els.get(i) instanceof Element.Labs) {
                    return false;
                }
            }
        }
        // labs not tied to a condition apply to patients without liver metastases when the only
        // condition says "with" ("≤ 2.5 × ULN, or ≤ 5 × ULN in patients with liver metastases")
        if (!free.isEmpty()) {
            if (groups.size() != 1 || !present.get(0)) {
                return false;
            }
            groups.add(0, free);
            present.add(0, false);
        }
        if (present.size() == 2 && present.get(0).equals(present.get(1))) {
            return false;
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int i = 0; i < els.size(); i++) {
            if (els.get(i) instanceof Element.Labs || els.get(i) instanceof Element.Liver) {
                first = Math.min(first, i);
                last = i;
            }
        }
        // between first and last only connectors and the Gilbert-free words may stand
        for (int i = first; i <= last; i++) {
            Element e = els.get(i);
            if (!(e instanceof Element.Labs || e instanceof Element.Liver || e instanceof Element.Connector)) {
                return false;
            }
        }
        int s = ((Element.Labs) els.stream()
                        .filter(e -> e instanceof Element.Labs)
                        .findFirst()
                        .orElseThrow())
                .token()
                .start();
        TextSpan span = new TextSpan(Math.min(s, Element.start(els.get(first))), Element.end(els.get(last)));
        List<Criterion> branches = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Criterion labsTree = LabTrees.labsTree(groups.get(g), section);
            Criterion liver = new MetastasisCheck("liver", span);
            Criterion cond = present.get(g) ? liver : new Not(liver, span);
            branches.add(
                    section == Section.EXCLUSION
                            ? new And(List.of(cond, labsTree), span)
                            : new Conditional(cond, labsTree, span));
        }
        Criterion construct = branches.size() == 1
                ? branches.get(0)
                : section == Section.EXCLUSION ? new Or(branches, span) : new And(branches, span);
        List<Element> rebuilt = new ArrayList<>(els.subList(0, first));
        rebuilt.add(new Element.Piece(construct, span.start(), span.end()));
        rebuilt.addAll(els.subList(last + 1, els.size()));
        els.clear();
        els.addAll(rebuilt);
        return true;
    }
}
