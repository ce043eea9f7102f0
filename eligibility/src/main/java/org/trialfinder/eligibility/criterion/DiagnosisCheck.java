package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code diagnosis(TERM)}: a term of the notation ("hiv", "hepatitis_b") or {@code COND:free text}. */
public record DiagnosisCheck(String term, TextSpan span) implements Criterion {
    public static final String CONDITION_PREFIX = "COND:";
}
