package org.trialfinder.model.vocab;

/**
 * A party that is blinded ({@code maskingInfo.whoMasked[]}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum WhoMasked implements LegacyWording {
    PARTICIPANT("Participant"),
    CARE_PROVIDER("Care Provider"),
    INVESTIGATOR("Investigator"),
    OUTCOMES_ASSESSOR("Outcomes Assessor");

    private final String legacy;

    WhoMasked(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
