package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** A criterion (or part of one) the notation cannot express exactly, kept with its text; never guessed. */
public record NotComputable(String text, TextSpan span) implements Criterion {}
