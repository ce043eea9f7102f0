package org.trialfinder.eligibility.rank;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What pre-screening said of one trial for one patient, in short: the verdict, how many criteria were
 * met, not met, unknown (a fact the profile lacks) or not computable, which criteria failed (an
 * inclusion not met or an exclusion met, with their text) and which facts are missing.
 */
public record VerdictSummary(Verdict verdict, int met, int notMet, int unknown, int notComputable,
                             List<String> failedCriteria, List<String> missingFacts) {

    /** The trial verdict, serialised with the words the API answers. */
    public enum Verdict {
        ELIGIBLE("eligible"),
        POSSIBLY_ELIGIBLE("possibly eligible"),
        NOT_ELIGIBLE("not eligible");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        @JsonValue
        public String words() {
            return words;
        }
    }

    public VerdictSummary {
        Objects.requireNonNull(verdict, "verdict");
        if (met < 0 || notMet < 0 || unknown < 0 || notComputable < 0) {
            throw new IllegalArgumentException("criterion counts cannot be negative");
        }
        failedCriteria = List.copyOf(failedCriteria);
        missingFacts = List.copyOf(missingFacts);
    }
}
