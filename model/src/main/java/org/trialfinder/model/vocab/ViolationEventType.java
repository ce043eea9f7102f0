package org.trialfinder.model.vocab;

/**
 * FDAAA 801 violation event recorded by the FDA ({@code violationEvents[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ViolationEventType implements LegacyWording {
    VIOLATION_IDENTIFIED("Violation Identified by FDA"),
    CORRECTION_CONFIRMED("Correction Confirmed by FDA"),
    PENALTY_IMPOSED("Penalty Imposed by FDA"),
    ISSUES_IN_LETTER_ADDRESSED_CONFIRMED("Issues in letter addressed; confirmed by FDA.");

    private final String legacy;

    ViolationEventType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
