package org.trialfinder.model.vocab;

import java.util.List;

/**
 * Level of blinding ({@code maskingInfo.masking}); {@code NONE} is open label.
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum DesignMasking implements LegacyWording {
    NONE("None (Open Label)", "None"), // older records write plain "None"
    SINGLE("Single"),
    DOUBLE("Double"),
    TRIPLE("Triple"),
    QUADRUPLE("Quadruple");

    private final String legacy;
    private final List<String> legacyVariants;

    DesignMasking(String legacy, String... legacyVariants) {
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
