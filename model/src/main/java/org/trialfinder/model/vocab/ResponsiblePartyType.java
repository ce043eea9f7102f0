package org.trialfinder.model.vocab;

/**
 * Who is responsible for the registration ({@code responsibleParty.type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ResponsiblePartyType implements LegacyWording {
    SPONSOR("Sponsor"),
    PRINCIPAL_INVESTIGATOR("Principal Investigator"),
    SPONSOR_INVESTIGATOR("Sponsor-Investigator");

    private final String legacy;

    ResponsiblePartyType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
