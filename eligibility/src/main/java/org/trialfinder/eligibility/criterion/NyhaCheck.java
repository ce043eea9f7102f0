package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code nyha CMP class}, NYHA class 1..4. */
public record NyhaCheck(Comparison comparison, int value, TextSpan span) implements Criterion {}
