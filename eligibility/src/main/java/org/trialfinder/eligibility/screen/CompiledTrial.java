package org.trialfinder.eligibility.screen;

import java.util.List;

/**
 * A trial's eligibility, parsed once: the criteria field as written, and every check (structured
 * fields first, then the items in order). Keyed by nctId and last-update date in {@link TrialCompiler}.
 */
public record CompiledTrial(String nctId, String lastUpdate, String criteriaText, List<CompiledCriterion> criteria) {
    public CompiledTrial {
        criteria = List.copyOf(criteria);
    }
}
