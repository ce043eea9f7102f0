package org.trialfinder.model.vocab;

/**
 * Time perspective of an observational study ({@code designInfo.timePerspective}; API type {@code
 * DesignTimePerspective}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum TimePerspective implements LegacyWording {
    RETROSPECTIVE("Retrospective"),
    PROSPECTIVE("Prospective"),
    CROSS_SECTIONAL("Cross-Sectional"),
    OTHER("Other");

    private final String legacy;

    TimePerspective(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
