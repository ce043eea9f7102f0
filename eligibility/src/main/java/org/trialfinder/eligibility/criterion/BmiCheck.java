package org.trialfinder.eligibility.criterion;

/** {@code bmi CMP value} in kg/m2. */
public record BmiCheck(Comparison comparison, double value, Span span) implements Criterion {}
