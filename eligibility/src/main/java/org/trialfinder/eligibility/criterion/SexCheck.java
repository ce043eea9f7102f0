package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code sex = female} or {@code sex = male}. */
public record SexCheck(Sex sex, TextSpan span) implements Criterion {
    public enum Sex {
        FEMALE,
        MALE
    }
}
