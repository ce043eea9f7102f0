package org.trialfinder.model.vocab;

/**
 * Kind of intervention ({@code interventions[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum InterventionType {
    BEHAVIORAL,
    BIOLOGICAL,
    COMBINATION_PRODUCT,
    DEVICE,
    DIAGNOSTIC_TEST,
    DIETARY_SUPPLEMENT,
    DRUG,
    GENETIC,
    PROCEDURE,
    RADIATION,
    OTHER
}
