package org.trialfinder.model.vocab;

/**
 * Age group derived by ClinicalTrials.gov from the minimum and maximum age ({@code
 * eligibilityModule.stdAges[]}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum StandardAge implements LegacyWording {
    CHILD("Child"),
    ADULT("Adult"),
    OLDER_ADULT("Older Adult");

    private final String legacy;

    StandardAge(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
