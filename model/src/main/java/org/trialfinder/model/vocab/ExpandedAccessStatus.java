package org.trialfinder.model.vocab;

/**
 * Status of the expanded-access record a study points to ({@code
 * expandedAccessInfo.statusForNctId}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ExpandedAccessStatus {
    AVAILABLE,
    NO_LONGER_AVAILABLE,
    TEMPORARILY_NOT_AVAILABLE,
    APPROVED_FOR_MARKETING
}
