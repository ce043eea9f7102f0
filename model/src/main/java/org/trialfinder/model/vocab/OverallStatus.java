package org.trialfinder.model.vocab;

/**
 * Recruitment status of a whole study (API type {@code Status}); used by {@code overallStatus} and
 * {@code lastKnownStatus}. The last six apply to expanded-access records or to stale records
 * ({@code UNKNOWN}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum OverallStatus implements LegacyWording {
    ACTIVE_NOT_RECRUITING("Active, not recruiting"),
    COMPLETED("Completed"),
    ENROLLING_BY_INVITATION("Enrolling by invitation"),
    NOT_YET_RECRUITING("Not yet recruiting"),
    RECRUITING("Recruiting"),
    SUSPENDED("Suspended"),
    TERMINATED("Terminated"),
    WITHDRAWN("Withdrawn"),
    AVAILABLE("Available"),
    NO_LONGER_AVAILABLE("No longer available"),
    TEMPORARILY_NOT_AVAILABLE("Temporarily not available"),
    APPROVED_FOR_MARKETING("Approved for marketing"),
    WITHHELD("Withheld"),
    UNKNOWN("Unknown status");

    private final String legacy;

    OverallStatus(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
