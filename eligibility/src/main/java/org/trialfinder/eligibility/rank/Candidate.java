package org.trialfinder.eligibility.rank;

import java.util.Objects;
import org.trialfinder.model.Study;

/**
 * A trial to rank for a patient, with how relevant the search found it to the patient's conditions
 * (any non-negative score where higher is better, e.g. the search engine's; only the order and ratios
 * within one set of candidates matter).
 */
public record Candidate(Study study, double relevance) {
    public Candidate {
        Objects.requireNonNull(study, "study");
        if (!(relevance >= 0) || Double.isInfinite(relevance)) {
            throw new IllegalArgumentException("relevance must be a finite number >= 0, got " + relevance);
        }
    }
}
