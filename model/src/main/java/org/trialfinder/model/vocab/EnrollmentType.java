package org.trialfinder.model.vocab;

/**
 * Whether an enrolment count is the real number or the target ({@code enrollmentInfo.type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum EnrollmentType {
    ACTUAL,
    ESTIMATED
}
