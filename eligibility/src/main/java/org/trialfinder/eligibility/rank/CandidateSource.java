package org.trialfinder.eligibility.rank;

import java.util.List;

/**
 * Where the trials to rank for a patient come from: the search engine, asked for the trials matching
 * the patient's condition phrases ({@code service.ConditionSearch}: recruiting trials, within a radius
 * of a place when one is given; the TREC benchmark: its judged trials). An interface so the ranker
 * is tested without a search engine.
 */
@FunctionalInterface
public interface CandidateSource {
    /** The candidates for these condition phrases, each with its relevance; empty when none match. */
    List<Candidate> find(List<String> conditionPhrases);
}
