package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code life_expectancy CMP value unit}. */
public record LifeExpectancyCheck(Comparison comparison, double value, DurationUnit unit, TextSpan span)
        implements Criterion {}
