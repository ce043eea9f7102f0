package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** The part does not hold ("no brain metastases", "non-pregnant"). */
public record Not(Criterion part, TextSpan span) implements Criterion {}
