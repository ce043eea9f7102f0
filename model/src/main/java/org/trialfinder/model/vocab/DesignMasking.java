package org.trialfinder.model.vocab;

/**
 * Level of blinding ({@code maskingInfo.masking}); {@code NONE} is open label.
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum DesignMasking {
    NONE,
    SINGLE,
    DOUBLE,
    TRIPLE,
    QUADRUPLE
}
