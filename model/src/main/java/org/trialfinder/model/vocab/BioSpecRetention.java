package org.trialfinder.model.vocab;

/**
 * Whether biospecimens are kept, and with or without DNA ({@code bioSpec.retention}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum BioSpecRetention {
    NONE_RETAINED,
    SAMPLES_WITH_DNA,
    SAMPLES_WITHOUT_DNA
}
