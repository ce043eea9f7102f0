package org.trialfinder.model.vocab;

/**
 * Recruitment status of one site ({@code locations[].status}); a subset of {@link OverallStatus}
 * plus {@code AVAILABLE}.
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum RecruitmentStatus implements LegacyWording {
    ACTIVE_NOT_RECRUITING("Active, not recruiting"),
    COMPLETED("Completed"),
    ENROLLING_BY_INVITATION("Enrolling by invitation"),
    NOT_YET_RECRUITING("Not yet recruiting"),
    RECRUITING("Recruiting"),
    SUSPENDED("Suspended"),
    TERMINATED("Terminated"),
    WITHDRAWN("Withdrawn"),
    AVAILABLE("Available");

    private final String legacy;

    RecruitmentStatus(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
