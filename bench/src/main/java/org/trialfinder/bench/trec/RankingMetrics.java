package org.trialfinder.bench.trec;

import java.util.List;
import java.util.Map;

/**
 * The two measures the TREC Clinical Trials track reports, computed as trec_eval does.
 *
 * <p>NDCG@k uses the judgment score itself as the gain (0 not relevant, 1 excluded, 2 eligible) with
 * the log2(rank + 1) discount; the ideal ranking sorts every judged trial of the topic (in the pool)
 * by score. P@k divides by k whatever the number of trials ranked, as trec_eval does, so a topic with
 * fewer than k judged trials cannot reach 1.
 */
public final class RankingMetrics {
    private RankingMetrics() {}

    /**
     * NDCG at {@code k} of {@code ranking} against {@code grades} (unjudged trials count 0); 0 when the
     * topic has no trial with a positive grade.
     */
    public static double ndcgAt(int k, List<String> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        int[] ideal = grades.values().stream()
                .mapToInt(Integer::intValue)
                .filter(g -> g > 0)
                .boxed()
                .sorted((a, b) -> Integer.compare(b, a))
                .mapToInt(Integer::intValue)
                .toArray();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.length); i++) {
            idcg += gain(ideal[i]) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Precision at {@code k}: trials in the first k with a grade of at least {@code minGrade}, over k. */
    public static double precisionAt(int k, List<String> ranking, Map<String, Integer> grades, int minGrade) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) >= minGrade) {
                hits++;
            }
        }
        return hits / (double) k;
    }

    private static double gain(int grade) {
        return Math.max(0, grade);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
