package org.trialfinder.eligibility.screen;

import java.util.List;

/** A compiled trial's checks without the texts that explain a result: enough for its verdict. */
public record TrialChecks(String nctId, List<CompiledCheck> checks) {
    public TrialChecks {
        checks = List.copyOf(checks);
    }
}
