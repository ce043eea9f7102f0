package org.trialfinder.model.vocab;

/**
 * How participants are assigned to arms ({@code designInfo.allocation}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum DesignAllocation implements LegacyWording {
    RANDOMIZED("Randomized"),
    NON_RANDOMIZED("Non-Randomized"),
    NA("N/A");

    private final String legacy;

    DesignAllocation(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
