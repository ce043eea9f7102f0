package org.trialfinder.model.vocab;

/**
 * Kind of organisation that sponsors, collaborates on or registers a study (JSON field {@code
 * class}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum AgencyClass implements LegacyWording {
    NIH("NIH"),
    FED("U.S. Fed"),
    OTHER_GOV("Other Government"),
    INDIV("Individual"),
    INDUSTRY("Industry"),
    NETWORK("Network"),
    AMBIG("Ambiguous"),
    OTHER("Other"),
    UNKNOWN("Unknown");

    private final String legacy;

    AgencyClass(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
