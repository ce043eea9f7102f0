package org.trialfinder.eligibility.criterion;

import java.util.List;
import org.trialfinder.model.text.TextSpan;

/** At least one part holds. */
public record Or(List<Criterion> parts, TextSpan span) implements Criterion {
    public Or {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("or(...) needs at least two parts");
        }
    }
}
