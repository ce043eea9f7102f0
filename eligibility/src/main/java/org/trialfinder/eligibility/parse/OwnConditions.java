package org.trialfinder.eligibility.parse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.MeshTerm;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.Study;
import org.trialfinder.model.derived.BrowseModule;
import org.trialfinder.model.derived.Mesh;
import org.trialfinder.search.terms.Descriptor;
import org.trialfinder.search.terms.MeshIds;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * A trial's own conditions, against what its exclusions name through MeSH. Every participant of a trial of NAION has
 * NAION, so its exclusion "Previous history of NAION" means an earlier episode, not the condition: an exclusion's
 * MeSH diagnosis that is the trial's condition or broader than it keeps a not-computable part, so the reading is
 * never stronger than the text. A narrower one stays as read ("cluster headache" in a trial of headache disorders),
 * and so does a "… other than Y" one, which says itself what it leaves out.
 */
public final class OwnConditions {

    private final Set<Long> descriptors;

    private OwnConditions(Set<Long> descriptors) {
        this.descriptors = descriptors;
    }

    /**
     * The record's conditions: the MeSH terms ClinicalTrials.gov mapped them to and their ancestors, and the
     * descriptors the sponsor's words name wholly with theirs.
     */
    public static OwnConditions of(Study study) {
        Set<Long> own = new HashSet<>();
        BrowseModule browse =
                study.derivedSection() == null ? null : study.derivedSection().conditionBrowseModule();
        if (browse != null) {
            for (List<Mesh> list : Arrays.asList(browse.meshes(), browse.ancestors())) {
                for (Mesh m : list == null ? List.<Mesh>of() : list) {
                    if (m != null) {
                        own.add(MeshIds.number(m.id()));
                    }
                }
            }
        }
        MeshThesaurus mesh = MeshThesaurus.loadDefault();
        for (String condition : study.conditions()) {
            MeshConditions.condition(condition).ifPresent(d -> {
                own.add(MeshIds.number(d.id()));
                for (Descriptor a : mesh.ancestors(d)) {
                    own.add(MeshIds.number(a.id()));
                }
            });
        }
        own.remove(-1L);
        return new OwnConditions(own);
    }

    /** The item's tree, with a not-computable part beside each MeSH diagnosis of an exclusion that is the trial's own. */
    public Criterion qualify(Criterion tree, Section section) {
        return section == Section.EXCLUSION && !descriptors.isEmpty() ? qualify(tree) : tree;
    }

    private Criterion qualify(Criterion c) {
        return switch (c) {
            case And a -> new And(a.parts().stream().map(this::qualify).toList(), a.span());
            case Or o -> new Or(o.parts().stream().map(this::qualify).toList(), o.span());
            case Not n -> new Not(qualify(n.part()), n.span());
            case Conditional k -> new Conditional(qualify(k.condition()), qualify(k.then()), k.span());
            case Within w -> new Within(w.window(), qualify(w.part()), w.span());
            case DiagnosisCheck d
            when own(d) -> new And(List.of(d, new NotComputable("the trial's own condition", d.span())), d.span());
            default -> c;
        };
    }

    private boolean own(DiagnosisCheck d) {
        if (!MeshTerm.isMeshTerm(d.term())) {
            return false;
        }
        MeshTerm term = MeshTerm.parse(d.term());
        return term.otherThan().isEmpty()
                && term.head().isPresent()
                && descriptors.contains(MeshIds.number(term.head().get()));
    }
}
