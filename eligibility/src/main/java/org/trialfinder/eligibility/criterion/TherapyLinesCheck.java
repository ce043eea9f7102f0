package org.trialfinder.eligibility.criterion;

/** {@code lines(CLASS) CMP n}: the number of prior lines of a therapy class. */
public record TherapyLinesCheck(String therapyClass, Comparison comparison, int value, Span span)
        implements Criterion {}
