package org.trialfinder.model.vocab;

/**
 * Sex of the participants who may enrol ({@code eligibilityModule.sex}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum Sex implements LegacyWording {
    FEMALE("Female"),
    MALE("Male"),
    ALL("All");

    private final String legacy;

    Sex(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
