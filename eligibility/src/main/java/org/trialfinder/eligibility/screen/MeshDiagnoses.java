package org.trialfinder.eligibility.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trialfinder.eligibility.criterion.MeshTerm;
import org.trialfinder.eligibility.criterion.Window;
import org.trialfinder.model.text.TextSpan;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.Descriptor;
import org.trialfinder.search.terms.Match;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * Decides a diagnosis named by MeSH descriptors ({@link MeshTerm}) for a patient. Each of the patient's conditions
 * is read as MeSH descriptors (the whole phrase as an entry term, else the condition terms in it, else a condition
 * abbreviation of one sense: "type 2 diabetes", "T2DM"); a condition counts when its descriptor is the term's
 * descriptor or under it in the MeSH tree, and under none of the descriptors it is "other than".
 *
 * <p>A condition that MeSH does not name, or whose place in the tree cannot be told (descriptors created since the
 * tree the thesaurus carries), leaves the answer unknown unless another condition decides it: "not among the
 * patient's conditions" is said only when every condition was placed.
 */
final class MeshDiagnoses {

    private MeshDiagnoses() {}

    private static final class Shipped {
        static final MeshThesaurus MESH = MeshThesaurus.loadDefault();
        static final Abbreviations ABBREVIATIONS = Abbreviations.loadDefault();
    }

    private enum Fit {
        YES,
        NO,
        CANNOT_TELL
    }

    static Evaluation evaluate(String written, PatientFacts patient, Window window, TextSpan span) {
        MeshTerm term = MeshTerm.parse(written);
        String what = describe(term);
        if (!patient.historyGiven()) {
            return Evaluation.missing("history of " + what, span);
        }
        Optional<String> named = patient.conditionNaming(written, (t, c) -> fit(term, c) == Fit.YES);
        if (named.isPresent()) {
            String condition = named.get();
            // conditions carry no dates: within a window, having the condition does not tell when
            if (window != null) {
                return Evaluation.missing("when '" + condition + "' was diagnosed", span);
            }
            return Evaluation.known(true, "condition '" + condition + "' counts as " + what, span);
        }
        Optional<String> unplaced = patient.conditionNaming("?" + written, (t, c) -> fit(term, c) == Fit.CANNOT_TELL);
        if (unplaced.isPresent()) {
            return Evaluation.missing("whether '" + unplaced.get() + "' is " + what, span);
        }
        return Evaluation.known(false, what + " not among the patient's conditions", span);
    }

    /** Whether one of the patient's conditions, as written, is a case of the term. */
    private static Fit fit(MeshTerm term, String condition) {
        List<Descriptor> descriptors = descriptorsOf(condition);
        if (descriptors.isEmpty()) {
            return Fit.CANNOT_TELL;
        }
        Fit best = Fit.NO;
        for (Descriptor d : descriptors) {
            Fit f = fit(term, d);
            if (f == Fit.YES) {
                return Fit.YES;
            }
            if (f == Fit.CANNOT_TELL) {
                best = Fit.CANNOT_TELL;
            }
        }
        return best;
    }

    private static Fit fit(MeshTerm term, Descriptor d) {
        Fit inHead = term.head().map(h -> under(d, h)).orElse(d.isCondition() ? Fit.YES : Fit.NO);
        if (inHead != Fit.YES) {
            return inHead;
        }
        Fit result = Fit.YES;
        for (String other : term.otherThan()) {
            Fit f = under(d, other);
            if (f == Fit.YES) {
                return Fit.NO;
            }
            if (f == Fit.CANNOT_TELL) {
                result = Fit.CANNOT_TELL;
            }
        }
        return result;
    }

    /** Whether a descriptor is the one of the id or under it in the tree. */
    private static Fit under(Descriptor d, String id) {
        Optional<Descriptor> broader = Shipped.MESH.byId(id);
        if (broader.isEmpty()) {
            return Fit.CANNOT_TELL;
        }
        if (d.equals(broader.get())) {
            return Fit.YES;
        }
        if (d.treeNumbers().isEmpty()) {
            // created after the tree the thesaurus carries: where it sits is not known
            return Fit.CANNOT_TELL;
        }
        for (String t : d.treeNumbers()) {
            for (String b : broader.get().treeNumbers()) {
                if (t.startsWith(b + ".")) {
                    return Fit.YES;
                }
            }
        }
        // a descriptor of the tree is not under one created after it (which has no tree number yet)
        return Fit.NO;
    }

    /** The condition descriptors a patient's condition names. */
    static List<Descriptor> descriptorsOf(String condition) {
        if (condition == null || condition.isBlank()) {
            return List.of();
        }
        List<Descriptor> whole = Shipped.MESH.lookup(condition).stream()
                .filter(Descriptor::isCondition)
                .toList();
        if (!whole.isEmpty()) {
            return List.of(whole.get(0));
        }
        List<Descriptor> out = new ArrayList<>();
        for (Match m : Shipped.MESH.findIn(condition, Descriptor::isCondition)) {
            out.add(m.descriptor());
        }
        if (out.isEmpty() && !condition.strip().contains(" ")) {
            List<Abbreviations.Sense> senses = Shipped.ABBREVIATIONS.senses(condition.strip());
            if (senses.size() == 1) {
                senses.get(0)
                        .mesh()
                        .flatMap(Shipped.MESH::byId)
                        .filter(Descriptor::isCondition)
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** "Pulmonary Disease, Chronic Obstructive (MeSH D029424)", "a condition other than Asthma (MeSH D001249)". */
    static String describe(MeshTerm term) {
        StringBuilder sb = new StringBuilder();
        sb.append(term.head().map(MeshDiagnoses::name).orElse("a condition"));
        for (int i = 0; i < term.otherThan().size(); i++) {
            sb.append(i == 0 ? " other than " : " or ")
                    .append(name(term.otherThan().get(i)));
        }
        return sb.toString();
    }

    private static String name(String id) {
        return Shipped.MESH.byId(id).map(d -> d.name() + " (MeSH " + id + ")").orElse("MeSH " + id);
    }
}
