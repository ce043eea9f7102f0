package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/**
 * {@code lab(KEY) CMP value unit}: a lab value against a threshold. {@code unit} is UCUM as in the
 * notation ("10*9/L", "g/dL", "U/L", "%", "1"), or {@code ULN}/{@code LLN} for a multiple of the upper or
 * lower limit of normal.
 */
public record LabCheck(String key, Comparison comparison, double value, String unit, TextSpan span)
        implements Criterion {
    public static final String ULN = "ULN";
    public static final String LLN = "LLN";

    public boolean relativeToLimit() {
        return ULN.equals(unit) || LLN.equals(unit);
    }
}
