package org.trialfinder.eligibility.lab;

/**
 * A lab unit that is unknown, or that cannot express the analyte it is given for (g/dL for platelets).
 * The message names the unit as written and the analyte, so it can be shown to the person who wrote it.
 */
public final class LabUnitException extends IllegalArgumentException {

    private final String unit;
    private final Analyte analyte;

    public LabUnitException(String message, String unit, Analyte analyte) {
        super(message);
        this.unit = unit;
        this.analyte = analyte;
    }

    /** The unit as written. */
    public String unit() {
        return unit;
    }

    /** The analyte the unit was given for; null when the unit was read without one. */
    public Analyte analyte() {
        return analyte;
    }
}
