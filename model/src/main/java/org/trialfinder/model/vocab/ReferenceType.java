package org.trialfinder.model.vocab;

/**
 * How a publication relates to a study ({@code references[].type}); {@code DERIVED} references
 * were linked by PubMed, not by the sponsor.
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum ReferenceType implements LegacyWording {
    BACKGROUND("background"),
    RESULT("result"),
    DERIVED("derived");

    private final String legacy;

    ReferenceType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
