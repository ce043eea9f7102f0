package org.trialfinder.model.vocab;

/**
 * Role of an overall official ({@code overallOfficials[].role}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum OfficialRole {
    STUDY_CHAIR,
    STUDY_DIRECTOR,
    PRINCIPAL_INVESTIGATOR,
    SUB_INVESTIGATOR
}
