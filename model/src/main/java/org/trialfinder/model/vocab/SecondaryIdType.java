package org.trialfinder.model.vocab;

/**
 * Kind of secondary identifier ({@code secondaryIdInfos[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum SecondaryIdType {
    NIH,
    FDA,
    VA,
    CDC,
    AHRQ,
    SAMHSA,
    OTHER_GRANT,
    EUDRACT_NUMBER,
    CTIS,
    REGISTRY,
    OTHER
}
