package org.trialfinder.model.vocab;

import java.util.List;

/**
 * Whether a date has happened or is planned ({@code *DateStruct.type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum DateType implements LegacyWording {
    ACTUAL("Actual"),
    ESTIMATED("Estimated", "Anticipated", "Estimate"); // older records: "Anticipated"

    private final String legacy;
    private final List<String> legacyVariants;

    DateType(String legacy, String... legacyVariants) {
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
