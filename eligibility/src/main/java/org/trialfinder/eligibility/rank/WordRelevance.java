package org.trialfinder.eligibility.rank;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well each of some trials matches a patient note's words ({@code service.WordSearch}: the project's
 * search over a trial's whole text). An interface so the matcher is tested without a search engine.
 */
@FunctionalInterface
public interface WordRelevance {
    /**
     * @param words  the note's content words, each searched on its own (any of them may match)
     * @param nctIds the trials to score
     * @return a non-negative score for each trial that matches any word (higher is better); the others are absent
     */
    Map<String, Double> scores(List<String> words, Set<String> nctIds);
}
