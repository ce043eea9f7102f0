package org.trialfinder.model.vocab;

/**
 * Role of an overall official ({@code overallOfficials[].role}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum OfficialRole implements LegacyWording {
    STUDY_CHAIR("Study Chair"),
    STUDY_DIRECTOR("Study Director"),
    PRINCIPAL_INVESTIGATOR("Principal Investigator"),
    SUB_INVESTIGATOR("Sub-Investigator");

    private final String legacy;

    OfficialRole(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
