package org.trialfinder.model.vocab;

/**
 * Kind of US federal grant an organisation study id is ({@code orgStudyIdInfo.type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum OrgStudyIdType {
    NIH,
    FDA,
    VA,
    CDC,
    AHRQ,
    SAMHSA
}
