package org.trialfinder.eligibility.criterion;

/** {@code nyha CMP class}, NYHA class 1..4. */
public record NyhaCheck(Comparison comparison, int value, Span span) implements Criterion {}
