package org.trialfinder.model.vocab;

/**
 * Status of the expanded-access record a study points to ({@code
 * expandedAccessInfo.statusForNctId}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ExpandedAccessStatus implements LegacyWording {
    AVAILABLE("Available"),
    NO_LONGER_AVAILABLE("No longer available"),
    TEMPORARILY_NOT_AVAILABLE("Temporarily not available"),
    APPROVED_FOR_MARKETING("Approved for marketing");

    private final String legacy;

    ExpandedAccessStatus(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
