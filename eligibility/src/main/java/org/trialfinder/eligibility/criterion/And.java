package org.trialfinder.eligibility.criterion;

import java.util.List;
import org.trialfinder.model.text.TextSpan;

/** All parts hold. */
public record And(List<Criterion> parts, TextSpan span) implements Criterion {
    public And {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("and(...) needs at least two parts");
        }
    }
}
