package org.trialfinder.model.vocab;

/**
 * Age group derived by ClinicalTrials.gov from the minimum and maximum age ({@code
 * eligibilityModule.stdAges[]}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum StandardAge {
    CHILD,
    ADULT,
    OLDER_ADULT
}
