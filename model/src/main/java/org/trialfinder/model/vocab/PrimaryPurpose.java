package org.trialfinder.model.vocab;

/**
 * Main reason for an interventional study ({@code designInfo.primaryPurpose}); {@code ECT} is
 * educational/counselling/training.
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum PrimaryPurpose implements LegacyWording {
    TREATMENT("Treatment"),
    PREVENTION("Prevention"),
    DIAGNOSTIC("Diagnostic"),
    ECT("Educational/Counseling/Training"),
    SUPPORTIVE_CARE("Supportive Care"),
    SCREENING("Screening"),
    HEALTH_SERVICES_RESEARCH("Health Services Research"),
    BASIC_SCIENCE("Basic Science"),
    DEVICE_FEASIBILITY("Device Feasibility"),
    OTHER("Other");

    private final String legacy;

    PrimaryPurpose(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
