package org.trialfinder.model.vocab;

/**
 * How an observational study samples its population ({@code eligibilityModule.samplingMethod}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum SamplingMethod implements LegacyWording {
    PROBABILITY_SAMPLE("Probability Sample"),
    NON_PROBABILITY_SAMPLE("Non-Probability Sample");

    private final String legacy;

    SamplingMethod(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
