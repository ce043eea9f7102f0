package org.trialfinder.model.vocab;

/**
 * Recruitment status of one site ({@code locations[].status}); a subset of {@link OverallStatus}
 * plus {@code AVAILABLE}.
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum RecruitmentStatus {
    ACTIVE_NOT_RECRUITING,
    COMPLETED,
    ENROLLING_BY_INVITATION,
    NOT_YET_RECRUITING,
    RECRUITING,
    SUSPENDED,
    TERMINATED,
    WITHDRAWN,
    AVAILABLE
}
