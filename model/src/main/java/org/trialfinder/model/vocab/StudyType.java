package org.trialfinder.model.vocab;

import java.util.List;

/**
 * The nature of the study ({@code designModule.studyType}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum StudyType implements LegacyWording {
    EXPANDED_ACCESS("Expanded Access"),
    INTERVENTIONAL("Interventional"),
    OBSERVATIONAL("Observational", "Observational [Patient Registry]"); // the registry flavour: also patientRegistry

    private final String legacy;
    private final List<String> legacyVariants;

    StudyType(String legacy, String... legacyVariants) {
        this.legacy = legacy;
        this.legacyVariants = List.of(legacyVariants);
    }

    @Override
    public String legacy() {
        return legacy;
    }

    @Override
    public List<String> legacyVariants() {
        return legacyVariants;
    }
}
