package org.trialfinder.model.vocab;

/**
 * FDAAA 801 violation event recorded by the FDA ({@code violationEvents[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ViolationEventType {
    VIOLATION_IDENTIFIED,
    CORRECTION_CONFIRMED,
    PENALTY_IMPOSED,
    ISSUES_IN_LETTER_ADDRESSED_CONFIRMED
}
