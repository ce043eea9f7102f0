package org.trialfinder.model.vocab;

/**
 * The nature of the study ({@code designModule.studyType}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum StudyType {
    EXPANDED_ACCESS,
    INTERVENTIONAL,
    OBSERVATIONAL
}
