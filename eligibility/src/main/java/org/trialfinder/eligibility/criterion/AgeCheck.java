package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code age CMP value unit}, e.g. {@code age >= 18 a}. */
public record AgeCheck(Comparison comparison, double value, DurationUnit unit, TextSpan span) implements Criterion {}
