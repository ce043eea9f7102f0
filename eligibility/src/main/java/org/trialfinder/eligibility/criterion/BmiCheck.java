package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code bmi CMP value} in kg/m2. */
public record BmiCheck(Comparison comparison, double value, TextSpan span) implements Criterion {}
