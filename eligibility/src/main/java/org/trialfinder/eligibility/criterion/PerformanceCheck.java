package org.trialfinder.eligibility.criterion;

import java.util.List;
import org.trialfinder.model.text.TextSpan;

/**
 * A performance score: {@code ecog <= 1} (comparison and value) or {@code ecog in {0,1}} (a list, when
 * {@code values} is not empty; then comparison is null).
 */
public record PerformanceCheck(Scale scale, Comparison comparison, int value, List<Integer> values, TextSpan span)
        implements Criterion {
    public enum Scale {
        ECOG,
        WHO,
        KARNOFSKY,
        LANSKY
    }

    public PerformanceCheck {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean isList() {
        return !values.isEmpty();
    }
}
