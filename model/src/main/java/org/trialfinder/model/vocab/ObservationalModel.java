package org.trialfinder.model.vocab;

/**
 * Model of an observational study ({@code designInfo.observationalModel}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ObservationalModel implements LegacyWording {
    COHORT("Cohort"),
    CASE_CONTROL("Case-Control"),
    CASE_ONLY("Case-Only"),
    CASE_CROSSOVER("Case-Crossover"),
    ECOLOGIC_OR_COMMUNITY("Ecologic or Community"),
    FAMILY_BASED("Family-Based"),
    DEFINED_POPULATION("Defined Population"),
    NATURAL_HISTORY("Natural History"),
    OTHER("Other");

    private final String legacy;

    ObservationalModel(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
