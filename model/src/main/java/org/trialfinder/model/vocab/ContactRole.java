package org.trialfinder.model.vocab;

/**
 * Role of a central or site contact ({@code centralContacts[].role}, {@code
 * locations[].contacts[].role}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ContactRole implements LegacyWording {
    STUDY_CHAIR("Study Chair"),
    STUDY_DIRECTOR("Study Director"),
    PRINCIPAL_INVESTIGATOR("Principal Investigator"),
    SUB_INVESTIGATOR("Sub-Investigator"),
    CONTACT("Contact");

    private final String legacy;

    ContactRole(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
