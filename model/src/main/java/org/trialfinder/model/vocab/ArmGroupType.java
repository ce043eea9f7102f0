package org.trialfinder.model.vocab;

/**
 * Role of an arm in the design ({@code armGroups[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ArmGroupType implements LegacyWording {
    EXPERIMENTAL("Experimental"),
    ACTIVE_COMPARATOR("Active Comparator"),
    PLACEBO_COMPARATOR("Placebo Comparator"),
    SHAM_COMPARATOR("Sham Comparator"),
    NO_INTERVENTION("No Intervention"),
    OTHER("Other");

    private final String legacy;

    ArmGroupType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
