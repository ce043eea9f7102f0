package org.trialfinder.eligibility.criterion;

/** {@code life_expectancy CMP value unit}. */
public record LifeExpectancyCheck(Comparison comparison, double value, DurationUnit unit, Span span)
        implements Criterion {}
