package org.trialfinder.eligibility.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A note's candidates ranked by its conditions and by all of its words, half each:
 *
 * <pre>
 *   relevance = ½ × condition score / (best condition score) + ½ × word score / (best word score)
 * </pre>
 *
 * The conditions say what the trial must be about; the note's other words (symptoms, stage, prior treatment,
 * findings) say which of the trials about it fit this patient best, as a reader of the note would weigh them.
 * Each score is divided by the best among the candidates so neither scale dominates; equal halves because
 * neither signal is known to be the better one for every kind of note (on the TREC and SIGIR judgments each
 * wins on some collections: {@code bench/run trec}). A candidate no word matches keeps half its condition
 * score; one the conditions did not match is ranked by its words alone.
 */
public final class RelevanceBlend {
    public static final double CONDITION_WEIGHT = 0.5;

    private RelevanceBlend() {}

    /** The candidates, in the same order, with blended relevance; unchanged when no word matched any. */
    public static List<Candidate> blend(List<Candidate> candidates, Map<String, Double> wordScores) {
        double bestCondition =
                candidates.stream().mapToDouble(Candidate::relevance).max().orElse(0);
        double bestWords = wordScores.values().stream()
                .mapToDouble(Double::doubleValue)
                .filter(d -> d > 0 && Double.isFinite(d))
                .max()
                .orElse(0);
        if (bestWords == 0) {
            return candidates;
        }
        List<Candidate> blended = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double condition = bestCondition > 0 ? c.relevance() / bestCondition : 0;
            double w = wordScores.getOrDefault(c.study().nctId(), 0.0);
            double words = w > 0 && Double.isFinite(w) ? w / bestWords : 0;
            blended.add(new Candidate(c.study(), CONDITION_WEIGHT * condition + (1 - CONDITION_WEIGHT) * words));
        }
        return blended;
    }
}
