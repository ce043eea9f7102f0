package org.trialfinder.eligibility.criterion;

/** The part held within the window back from the screening date ("MI within 6 months"). */
public record Within(Window window, Criterion part, Span span) implements Criterion {}
