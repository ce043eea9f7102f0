package org.trialfinder.eligibility.criterion;

/** If {@code condition} holds then {@code then} must hold (true when the condition does not hold). */
public record Conditional(Criterion condition, Criterion then, Span span) implements Criterion {}
