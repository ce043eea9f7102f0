package org.trialfinder.model.vocab;

/**
 * Kind of secondary identifier ({@code secondaryIdInfos[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum SecondaryIdType implements LegacyWording {
    NIH("U.S. NIH Grant/Contract"),
    FDA("U.S. FDA Grant/Contract"),
    VA("U.S. VA Grant/Contract"),
    CDC("U.S. CDC Grant/Contract"),
    AHRQ("U.S. AHRQ Grant/Contract"),
    SAMHSA("U.S. SAMHSA Grant/Contract"),
    OTHER_GRANT("Other Grant/Funding Number"),
    EUDRACT_NUMBER("EudraCT Number"),
    CTIS("EU Trial (CTIS) Number"),
    REGISTRY("Registry Identifier"),
    OTHER("Other Identifier");

    private final String legacy;

    SecondaryIdType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
