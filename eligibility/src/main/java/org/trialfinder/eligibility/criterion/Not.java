package org.trialfinder.eligibility.criterion;

/** The part does not hold ("no brain metastases", "non-pregnant"). */
public record Not(Criterion part, Span span) implements Criterion {}
