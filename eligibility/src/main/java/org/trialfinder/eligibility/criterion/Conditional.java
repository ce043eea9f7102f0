package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** If {@code condition} holds then {@code then} must hold (true when the condition does not hold). */
public record Conditional(Criterion condition, Criterion then, TextSpan span) implements Criterion {}
