package org.trialfinder.model.vocab;

/**
 * A supporting document shared with the participant data ({@code
 * ipdSharingStatementModule.infoTypes[]}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum IpdSharingInfoType implements LegacyWording {
    STUDY_PROTOCOL("Study Protocol"),
    SAP("Statistical Analysis Plan (SAP)"),
    ICF("Informed Consent Form (ICF)"),
    CSR("Clinical Study Report (CSR)"),
    ANALYTIC_CODE("Analytic Code");

    private final String legacy;

    IpdSharingInfoType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
