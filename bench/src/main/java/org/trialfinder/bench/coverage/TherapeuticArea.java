package org.trialfinder.bench.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trialfinder.model.Study;
import org.trialfinder.model.derived.BrowseModule;
import org.trialfinder.model.derived.Mesh;
import org.trialfinder.search.terms.Descriptor;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * A trial's therapeutic area, from the MeSH tree numbers of its conditions: the descriptors ClinicalTrials.gov
 * matched ({@code derivedSection.conditionBrowseModule.meshes}), else the condition names looked up in MeSH.
 * A trial belongs to the first area, in the order below, that one of its descriptors falls in: a leukaemia
 * trial is oncology (C04) before haematology (C15), erectile dysfunction urogenital (C12) before mental health
 * (F03, where MeSH also files it).
 */
enum TherapeuticArea {
    ONCOLOGY("oncology", "C04"),
    CARDIOVASCULAR("cardiovascular", "C14"),
    INFECTIOUS("infectious disease", "C01"),
    NERVOUS("neurology", "C10"),
    ENDOCRINE_METABOLIC("endocrine and metabolic", "C18", "C19"),
    RESPIRATORY("respiratory", "C08"),
    DIGESTIVE("digestive", "C06"),
    UROGENITAL("urogenital and pregnancy", "C12", "C13"),
    MUSCULOSKELETAL_SKIN("musculoskeletal and skin", "C05", "C17"),
    IMMUNE("immune", "C20"),
    HAEMATOLOGY("haematology (non-malignant)", "C15"),
    MENTAL("mental health", "F03"),
    OTHER("other conditions", "C", "F"),
    NONE("no MeSH condition");

    final String words;
    private final List<String> prefixes;

    TherapeuticArea(String words, String... prefixes) {
        this.words = words;
        this.prefixes = List.of(prefixes);
    }

    private boolean covers(String treeNumber) {
        for (String p : prefixes) {
            if (treeNumber.equals(p)
                    || treeNumber.startsWith(p + ".")
                    || (p.length() == 1 && treeNumber.startsWith(p))) {
                return true;
            }
        }
        return false;
    }

    static TherapeuticArea of(Study study, MeshThesaurus mesh) {
        Set<String> treeNumbers = new LinkedHashSet<>();
        for (Descriptor d : descriptors(study, mesh)) {
            treeNumbers.addAll(d.treeNumbers());
        }
        for (TherapeuticArea area : values()) {
            for (String t : treeNumbers) {
                if (area.covers(t)) {
                    return area;
                }
            }
        }
        return NONE;
    }

    private static List<Descriptor> descriptors(Study study, MeshThesaurus mesh) {
        List<Descriptor> out = new ArrayList<>();
        BrowseModule browse =
                study.derivedSection() == null ? null : study.derivedSection().conditionBrowseModule();
        if (browse != null && browse.meshes() != null) {
            for (Mesh m : browse.meshes()) {
                Optional<Descriptor> d = m.id() == null ? Optional.empty() : mesh.byId(m.id());
                if (d.isEmpty() && m.term() != null) {
                    out.addAll(mesh.lookup(m.term()));
                }
                d.ifPresent(out::add);
            }
        }
        if (out.isEmpty()) {
            for (String condition : study.conditions() == null ? List.<String>of() : study.conditions()) {
                out.addAll(mesh.lookup(condition));
            }
        }
        return out;
    }
}
