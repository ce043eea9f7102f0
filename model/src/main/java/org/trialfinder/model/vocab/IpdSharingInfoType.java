package org.trialfinder.model.vocab;

/**
 * A supporting document shared with the participant data ({@code
 * ipdSharingStatementModule.infoTypes[]}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum IpdSharingInfoType {
    STUDY_PROTOCOL,
    SAP,
    ICF,
    CSR,
    ANALYTIC_CODE
}
