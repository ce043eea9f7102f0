package org.trialfinder.eligibility.criterion;

/** {@code sex = female} or {@code sex = male}. */
public record SexCheck(Sex sex, Span span) implements Criterion {
    public enum Sex {
        FEMALE,
        MALE
    }
}
