package org.trialfinder.eligibility.rank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.trialfinder.model.Study;

/**
 * One trial in a patient's ranking: its id and title, its relevance as the search gave it, the combined
 * score ({@link RankingPolicy}) and the verdict summary. The record itself is kept for the caller
 * (pages show more of it) but not serialised.
 */
public record RankedTrial(
        String nctId,
        String title,
        double relevance,
        double score,
        VerdictSummary summary,
        @JsonIgnore Study study) {}
