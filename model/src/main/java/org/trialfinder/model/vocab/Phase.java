package org.trialfinder.model.vocab;

/**
 * Trial phase ({@code designModule.phases[]}); {@code NA} is "not applicable", used by trials
 * without phases (devices, behavioural studies).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum Phase {
    NA,
    EARLY_PHASE1,
    PHASE1,
    PHASE2,
    PHASE3,
    PHASE4
}
