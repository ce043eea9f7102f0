package org.trialfinder.eligibility.criterion;

/** {@code age CMP value unit}, e.g. {@code age >= 18 a}. */
public record AgeCheck(Comparison comparison, double value, DurationUnit unit, Span span) implements Criterion {}
