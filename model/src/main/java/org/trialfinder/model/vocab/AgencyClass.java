package org.trialfinder.model.vocab;

/**
 * Kind of organisation that sponsors, collaborates on or registers a study (JSON field {@code
 * class}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum AgencyClass {
    NIH,
    FED,
    OTHER_GOV,
    INDIV,
    INDUSTRY,
    NETWORK,
    AMBIG,
    OTHER,
    UNKNOWN
}
