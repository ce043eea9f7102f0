package org.trialfinder.model.vocab;

/**
 * Kind of US federal grant an organisation study id is ({@code orgStudyIdInfo.type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum OrgStudyIdType implements LegacyWording {
    NIH("U.S. NIH Grant/Contract"),
    FDA("U.S. FDA Grant/Contract"),
    VA("U.S. VA Grant/Contract"),
    CDC("U.S. CDC Grant/Contract"),
    AHRQ("U.S. AHRQ Grant/Contract"),
    SAMHSA("U.S. SAMHSA Grant/Contract");

    private final String legacy;

    OrgStudyIdType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
