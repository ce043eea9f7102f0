package org.trialfinder.bench.trec;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs ranking methods over the topics of collections and averages the measures over topics.
 *
 * <p>A topic is evaluated when the pool holds at least one of its judged trials with a positive score
 * (a topic whose present trials are all "not relevant" cannot tell methods apart: any order scores 0).
 * Its candidates are exactly its judged trials present in the pool.
 */
public final class Evaluation {
    public static final int K = 10;

    /** Sums of the per-topic measures of one method over the topics evaluated. */
    public static final class Totals {
        int topics;
        double ndcg;
        double precisionRelevant;
        double precisionEligible;

        void add(double ndcg, double pRelevant, double pEligible) {
            topics++;
            this.ndcg += ndcg;
            this.precisionRelevant += pRelevant;
            this.precisionEligible += pEligible;
        }

        void addAll(Totals other) {
            topics += other.topics;
            ndcg += other.ndcg;
            precisionRelevant += other.precisionRelevant;
            precisionEligible += other.precisionEligible;
        }

        public double meanNdcg() {
            return topics == 0 ? 0 : ndcg / topics;
        }

        public double meanPrecisionRelevant() {
            return topics == 0 ? 0 : precisionRelevant / topics;
        }

        public double meanPrecisionEligible() {
            return topics == 0 ? 0 : precisionEligible / topics;
        }
    }

    /** What one collection gave: counts and each method's totals, in the order of the methods. */
    public record Result(
            String collection,
            int topicsTotal,
            int topicsEvaluated,
            int judgedPairs,
            int eligiblePairs,
            int relevantPairs,
            Map<String, Totals> byMethod) {}

    private Evaluation() {}

    public static Result evaluate(TrecCollection collection, Set<String> pool, List<TopicRanker> methods) {
        Map<String, Totals> byMethod = new LinkedHashMap<>();
        methods.forEach(m -> byMethod.put(m.name(), new Totals()));
        int evaluated = 0;
        int pairs = 0;
        int eligible = 0;
        int relevant = 0;
        for (Topic topic : collection.topics()) {
            Map<String, Integer> grades = collection.judgments().of(topic.id(), pool);
            if (grades.values().stream().noneMatch(g -> g > 0)) {
                continue;
            }
            evaluated++;
            pairs += grades.size();
            eligible += (int) grades.values().stream().filter(g -> g >= 2).count();
            relevant += (int) grades.values().stream().filter(g -> g >= 1).count();
            for (TopicRanker method : methods) {
                List<String> ranking = method.rank(topic, grades.keySet());
                byMethod.get(method.name())
                        .add(
                                RankingMetrics.ndcgAt(K, ranking, grades),
                                RankingMetrics.precisionAt(K, ranking, grades, 1),
                                RankingMetrics.precisionAt(K, ranking, grades, 2));
            }
        }
        return new Result(
                collection.name(), collection.topics().size(), evaluated, pairs, eligible, relevant, byMethod);
    }

    /** All collections' topics together (each topic weighs the same). */
    public static Result overall(List<Result> results) {
        Map<String, Totals> byMethod = new LinkedHashMap<>();
        int topics = 0;
        int evaluated = 0;
        int pairs = 0;
        int eligible = 0;
        int relevant = 0;
        for (Result r : results) {
            topics += r.topicsTotal();
            evaluated += r.topicsEvaluated();
            pairs += r.judgedPairs();
            eligible += r.eligiblePairs();
            relevant += r.relevantPairs();
            r.byMethod()
                    .forEach((m, t) ->
                            byMethod.computeIfAbsent(m, x -> new Totals()).addAll(t));
        }
        return new Result("overall", topics, evaluated, pairs, eligible, relevant, byMethod);
    }

    public static void print(Result r, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%n%s: %d of %d topics evaluated, %,d judged pairs (%,d score >= 1, %,d score 2), %.1f trials per topic%n",
                r.collection(),
                r.topicsEvaluated(),
                r.topicsTotal(),
                r.judgedPairs(),
                r.relevantPairs(),
                r.eligiblePairs(),
                r.topicsEvaluated() == 0 ? 0.0 : r.judgedPairs() / (double) r.topicsEvaluated());
        out.printf(Locale.ROOT, "  %-44s %8s %12s %12s%n", "method", "NDCG@10", "P@10 (>=1)", "P@10 (=2)");
        List<String> names = new ArrayList<>(r.byMethod().keySet());
        for (String name : names) {
            Totals t = r.byMethod().get(name);
            out.printf(
                    Locale.ROOT,
                    "  %-44s %8.4f %12.4f %12.4f%n",
                    name,
                    t.meanNdcg(),
                    t.meanPrecisionRelevant(),
                    t.meanPrecisionEligible());
        }
    }
}
