package org.trialfinder.model.vocab;

/**
 * Whether individual participant data will be shared ({@code
 * ipdSharingStatementModule.ipdSharing}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum IpdSharing implements LegacyWording {
    YES("Yes"),
    NO("No"),
    UNDECIDED("Undecided");

    private final String legacy;

    IpdSharing(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
