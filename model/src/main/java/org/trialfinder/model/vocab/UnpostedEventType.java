package org.trialfinder.model.vocab;

/**
 * Event in the quality-control history of unposted results ({@code unpostedEvents[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum UnpostedEventType implements LegacyWording {
    RESET("Reset"),
    RELEASE("Release"),
    UNRELEASE("Unrelease");

    private final String legacy;

    UnpostedEventType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
