package org.trialfinder.eligibility.criterion;

/** A criterion (or part of one) the notation cannot express exactly, kept with its text; never guessed. */
public record NotComputable(String text, Span span) implements Criterion {}
