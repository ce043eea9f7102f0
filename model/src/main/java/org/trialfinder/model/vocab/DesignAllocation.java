package org.trialfinder.model.vocab;

/**
 * How participants are assigned to arms ({@code designInfo.allocation}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum DesignAllocation {
    RANDOMIZED,
    NON_RANDOMIZED,
    NA
}
