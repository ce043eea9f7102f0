package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** The part held within the window back from the screening date ("MI within 6 months"). */
public record Within(Window window, Criterion part, TextSpan span) implements Criterion {}
