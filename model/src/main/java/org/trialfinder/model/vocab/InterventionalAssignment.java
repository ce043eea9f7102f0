package org.trialfinder.model.vocab;

/**
 * Intervention model of an interventional study ({@code designInfo.interventionModel}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum InterventionalAssignment implements LegacyWording {
    SINGLE_GROUP("Single Group Assignment"),
    PARALLEL("Parallel Assignment"),
    CROSSOVER("Crossover Assignment"),
    FACTORIAL("Factorial Assignment"),
    SEQUENTIAL("Sequential Assignment");

    private final String legacy;

    InterventionalAssignment(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
