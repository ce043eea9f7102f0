package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code lines(CLASS) CMP n}: the number of prior lines of a therapy class. */
public record TherapyLinesCheck(String therapyClass, Comparison comparison, int value, TextSpan span)
        implements Criterion {}
