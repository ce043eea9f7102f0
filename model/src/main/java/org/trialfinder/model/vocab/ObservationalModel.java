package org.trialfinder.model.vocab;

/**
 * Model of an observational study ({@code designInfo.observationalModel}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ObservationalModel {
    COHORT,
    CASE_CONTROL,
    CASE_ONLY,
    CASE_CROSSOVER,
    ECOLOGIC_OR_COMMUNITY,
    FAMILY_BASED,
    DEFINED_POPULATION,
    NATURAL_HISTORY,
    OTHER
}
