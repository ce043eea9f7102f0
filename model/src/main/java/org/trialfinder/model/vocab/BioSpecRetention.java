package org.trialfinder.model.vocab;

/**
 * Whether biospecimens are kept, and with or without DNA ({@code bioSpec.retention}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum BioSpecRetention implements LegacyWording {
    NONE_RETAINED("None Retained"),
    SAMPLES_WITH_DNA("Samples With DNA"),
    SAMPLES_WITHOUT_DNA("Samples Without DNA");

    private final String legacy;

    BioSpecRetention(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
