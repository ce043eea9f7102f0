package org.trialfinder.eligibility.criterion;

import java.util.Objects;
import org.trialfinder.model.text.TextSpan;

/**
 * A criterion (or part of one) the notation cannot express exactly, kept with its text; never guessed.
 *
 * <p>{@code reason} says why the parser left it unread ({@link UnreadReason}). It is a diagnostic, not part of
 * what the criterion states: it is not printed in the notation, not stored with compiled trials, and two unread
 * parts with the same text and span are equal whatever reason each was given.
 */
public record NotComputable(String text, TextSpan span, UnreadReason reason) implements Criterion {

    public NotComputable {
        Objects.requireNonNull(reason, "reason");
    }

    /** An unread part made where no reason is recorded (outside the criterion parser, or decoded). */
    public NotComputable(String text, TextSpan span) {
        this(text, span, UnreadReason.NOT_RECORDED);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotComputable n && Objects.equals(text, n.text) && Objects.equals(span, n.span);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, span);
    }
}
