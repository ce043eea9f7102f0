package org.trialfinder.eligibility.intake;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metastatic sites profiles name, in one vocabulary: "liver", "brain", "bone", "lung", "lymph node",
 * "peritoneum", "adrenal", "pleura", "skin", "leptomeninges", "CNS". Adjectives and synonyms as clinicians
 * write them ("hepatic", "osseous", "cerebral", "nodal") map onto it; the FHIR reader and the note
 * extractor both use it, so the pre-screener compares like with like.
 */
public final class MetastasisSites {

    private MetastasisSites() {}

    private static final Map<String, String> SITES = Map.ofEntries(
            Map.entry("liver", "liver"),
            Map.entry("hepatic", "liver"),
            Map.entry("livers", "liver"),
            Map.entry("brain", "brain"),
            Map.entry("cerebral", "brain"),
            Map.entry("intracranial", "brain"),
            Map.entry("cerebellar", "brain"),
            Map.entry("cerebellum", "brain"),
            Map.entry("cns", "CNS"),
            Map.entry("central nervous system", "CNS"),
            Map.entry("bone", "bone"),
            Map.entry("bones", "bone"),
            Map.entry("osseous", "bone"),
            Map.entry("bony", "bone"),
            Map.entry("skeletal", "bone"),
            Map.entry("skeleton", "bone"),
            Map.entry("spine", "bone"),
            Map.entry("spinal", "bone"),
            Map.entry("vertebral", "bone"),
            Map.entry("vertebrae", "bone"),
            Map.entry("bone marrow", "bone marrow"),
            Map.entry("lung", "lung"),
            Map.entry("lungs", "lung"),
            Map.entry("pulmonary", "lung"),
            Map.entry("lymph node", "lymph node"),
            Map.entry("lymph nodes", "lymph node"),
            Map.entry("nodal", "lymph node"),
            Map.entry("node", "lymph node"),
            Map.entry("nodes", "lymph node"),
            Map.entry("lymphatic", "lymph node"),
            Map.entry("peritoneum", "peritoneum"),
            Map.entry("peritoneal", "peritoneum"),
            Map.entry("omental", "peritoneum"),
            Map.entry("omentum", "peritoneum"),
            Map.entry("adrenal", "adrenal"),
            Map.entry("adrenal gland", "adrenal"),
            Map.entry("adrenals", "adrenal"),
            Map.entry("adrenal glands", "adrenal"),
            Map.entry("pleura", "pleura"),
            Map.entry("pleural", "pleura"),
            Map.entry("skin", "skin"),
            Map.entry("cutaneous", "skin"),
            Map.entry("subcutaneous", "skin"),
            Map.entry("leptomeningeal", "leptomeninges"),
            Map.entry("leptomeninges", "leptomeninges"),
            Map.entry("meningeal", "leptomeninges"),
            Map.entry("ovary", "ovary"),
            Map.entry("ovarian", "ovary"),
            Map.entry("kidney", "kidney"),
            Map.entry("renal", "kidney"),
            Map.entry("pancreas", "pancreas"),
            Map.entry("pancreatic", "pancreas"),
            Map.entry("spleen", "spleen"),
            Map.entry("splenic", "spleen"),
            Map.entry("breast", "breast"),
            Map.entry("soft tissue", "soft tissue"),
            Map.entry("heart", "heart"),
            Map.entry("pericardial", "pericardium"),
            Map.entry("pericardium", "pericardium"),
            Map.entry("mediastinum", "mediastinum"),
            Map.entry("mediastinal", "mediastinum"),
            Map.entry("eye", "eye"),
            Map.entry("orbit", "eye"),
            Map.entry("orbital", "eye"),
            Map.entry("thyroid", "thyroid"),
            Map.entry("stomach", "stomach"),
            Map.entry("gastric", "stomach"),
            Map.entry("bowel", "bowel"),
            Map.entry("intestine", "bowel"),
            Map.entry("colon", "bowel"));

    /** The site a word or phrase names ("hepatic" → "liver", "the lungs" → "lung"), if it names one. */
    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String text = written.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s-]+", " ")
                .replaceAll("^(the|both|bilateral|multiple|left|right|a|an) ", "")
                .replaceAll("\\.$", "");
        return Optional.ofNullable(SITES.get(text));
    }

    /** The sites the vocabulary knows, as written phrases (for building patterns). */
    public static Set<String> writtenForms() {
        return SITES.keySet();
    }
}
