package org.trialfinder.model.vocab;

/**
 * A party that is blinded ({@code maskingInfo.whoMasked[]}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum WhoMasked {
    PARTICIPANT,
    CARE_PROVIDER,
    INVESTIGATOR,
    OUTCOMES_ASSESSOR
}
