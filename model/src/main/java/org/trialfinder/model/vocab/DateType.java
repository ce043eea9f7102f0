package org.trialfinder.model.vocab;

/**
 * Whether a date has happened or is planned ({@code *DateStruct.type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum DateType {
    ACTUAL,
    ESTIMATED
}
