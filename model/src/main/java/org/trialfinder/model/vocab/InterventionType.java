package org.trialfinder.model.vocab;

/**
 * Kind of intervention ({@code interventions[].type}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum InterventionType implements LegacyWording {
    BEHAVIORAL("Behavioral"),
    BIOLOGICAL("Biological"),
    COMBINATION_PRODUCT("Combination Product"),
    DEVICE("Device"),
    DIAGNOSTIC_TEST("Diagnostic Test"),
    DIETARY_SUPPLEMENT("Dietary Supplement"),
    DRUG("Drug"),
    GENETIC("Genetic"),
    PROCEDURE("Procedure"),
    RADIATION("Radiation"),
    OTHER("Other");

    private final String legacy;

    InterventionType(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
