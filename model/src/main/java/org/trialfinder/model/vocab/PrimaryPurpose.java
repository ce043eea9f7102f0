package org.trialfinder.model.vocab;

/**
 * Main reason for an interventional study ({@code designInfo.primaryPurpose}); {@code ECT} is
 * educational/counselling/training.
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum PrimaryPurpose {
    TREATMENT,
    PREVENTION,
    DIAGNOSTIC,
    ECT,
    SUPPORTIVE_CARE,
    SCREENING,
    HEALTH_SERVICES_RESEARCH,
    BASIC_SCIENCE,
    DEVICE_FEASIBILITY,
    OTHER
}
