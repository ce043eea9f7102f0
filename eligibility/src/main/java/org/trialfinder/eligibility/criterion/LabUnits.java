package org.trialfinder.eligibility.criterion;

import java.util.OptionalDouble;

/**
 * Converts a lab value between units for one analyte (KEY of the notation), e.g. ANC 1500 /uL to
 * 1.5 10*9/L, creatinine 1.5 mg/dL to umol/L. Implemented over UCUM and the lab catalog's molar masses.
 */
@FunctionalInterface
public interface LabUnits {
    /** {@code value} in {@code fromUnit} expressed in {@code toUnit}, or empty when they do not convert. */
    OptionalDouble convert(String key, double value, String fromUnit, String toUnit);
}
