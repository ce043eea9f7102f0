package org.trialfinder.model.vocab;

/**
 * Role of an arm in the design ({@code armGroups[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ArmGroupType {
    EXPERIMENTAL,
    ACTIVE_COMPARATOR,
    PLACEBO_COMPARATOR,
    SHAM_COMPARATOR,
    NO_INTERVENTION,
    OTHER
}
