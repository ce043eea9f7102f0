package org.trialfinder.model.vocab;

/**
 * Time perspective of an observational study ({@code designInfo.timePerspective}; API type {@code
 * DesignTimePerspective}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum TimePerspective {
    RETROSPECTIVE,
    PROSPECTIVE,
    CROSS_SECTIONAL,
    OTHER
}
