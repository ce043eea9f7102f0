package org.trialfinder.eligibility.rank;

import java.util.List;
import java.util.Objects;
import org.trialfinder.eligibility.screen.Coverage;
import org.trialfinder.eligibility.screen.Verdict;

/**
 * What pre-screening said of one trial for one patient, in short: the verdict; how many criteria were
 * met, not met, unknown (a fact the profile lacks) or not computable, counted as the criteria state
 * them (an exclusion "not met" is good news: only {@code failedCriteria} lists what excludes); which
 * criteria failed (an inclusion not met or an exclusion met: "section index: text (patient facts)");
 * which facts are missing to decide the unknown ones; and how much was decided ({@link Coverage}).
 */
public record VerdictSummary(
        Verdict verdict,
        int met,
        int notMet,
        int unknown,
        int notComputable,
        List<String> failedCriteria,
        List<String> missingFacts,
        Coverage coverage) {

    public VerdictSummary {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(coverage, "coverage");
        if (met < 0 || notMet < 0 || unknown < 0 || notComputable < 0) {
            throw new IllegalArgumentException("criterion counts cannot be negative");
        }
        failedCriteria = List.copyOf(failedCriteria);
        missingFacts = List.copyOf(missingFacts);
    }
}
