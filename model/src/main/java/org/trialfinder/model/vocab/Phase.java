package org.trialfinder.model.vocab;

import java.util.List;

/**
 * Trial phase ({@code designModule.phases[]}); {@code NA} is "not applicable", used by trials
 * without phases (devices, behavioural studies).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum Phase implements LegacyWording {
    NA("Not Applicable", "N/A"), // /studies/enums says "Not Applicable"; the XML wrote "N/A"
    EARLY_PHASE1("Early Phase 1"),
    PHASE1("Phase 1"),
    PHASE2("Phase 2"),
    PHASE3("Phase 3"),
    PHASE4("Phase 4");

    private final String legacy;
    private final List<String> legacyVariants;

    Phase(String legacy, String... legacyVariants) {
        this.legacy = legacy;
        this.legacyVariants = List.of(legacyVariants);
    }

    @Override
    public String legacy() {
        return legacy;
    }

    @Override
    public List<String> legacyVariants() {
        return legacyVariants;
    }
}
