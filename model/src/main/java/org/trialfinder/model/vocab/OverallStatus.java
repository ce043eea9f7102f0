package org.trialfinder.model.vocab;

/**
 * Recruitment status of a whole study (API type {@code Status}); used by {@code overallStatus} and
 * {@code lastKnownStatus}. The last six apply to expanded-access records or to stale records
 * ({@code UNKNOWN}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum OverallStatus {
    ACTIVE_NOT_RECRUITING,
    COMPLETED,
    ENROLLING_BY_INVITATION,
    NOT_YET_RECRUITING,
    RECRUITING,
    SUSPENDED,
    TERMINATED,
    WITHDRAWN,
    AVAILABLE,
    NO_LONGER_AVAILABLE,
    TEMPORARILY_NOT_AVAILABLE,
    APPROVED_FOR_MARKETING,
    WITHHELD,
    UNKNOWN
}
