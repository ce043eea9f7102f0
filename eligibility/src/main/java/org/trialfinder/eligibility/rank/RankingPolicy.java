package org.trialfinder.eligibility.rank;

import java.util.Comparator;
import org.trialfinder.eligibility.screen.Verdict;

/**
 * How eligibility and relevance combine into one order. Deliberately simple, so a person can predict it:
 *
 * <pre>
 *   score = relevance / (highest relevance among the candidates) × factor(verdict)
 *   factor: eligible 1.0, possibly eligible 0.8, not eligible 0.4
 * </pre>
 *
 * A trial the patient is eligible for moves ahead of a possibly-eligible one unless the latter is more
 * than 1.25 times as relevant, and ahead of an excluded one unless that is 2.5 times as relevant: an
 * excluded trial on the patient's exact condition can still rank above an eligible trial that barely
 * matches, because an off-topic trial is of no use however eligible. Equal scores (e.g. no relevance at
 * all) fall back to the verdict (eligible, possibly, not eligible), then relevance, then the NCT id.
 */
public final class RankingPolicy {
    public static final double ELIGIBLE = 1.0;
    public static final double POSSIBLY_ELIGIBLE = 0.8;
    public static final double NOT_ELIGIBLE = 0.4;

    private RankingPolicy() {}

    public static double factor(Verdict verdict) {
        return switch (verdict) {
            case ELIGIBLE -> ELIGIBLE;
            case POSSIBLY_ELIGIBLE -> POSSIBLY_ELIGIBLE;
            case NOT_ELIGIBLE -> NOT_ELIGIBLE;
        };
    }

    /** The combined score of a trial whose relevance is {@code relevance} out of {@code maxRelevance}. */
    public static double score(double relevance, double maxRelevance, Verdict verdict) {
        double normalised = maxRelevance > 0 ? relevance / maxRelevance : 0;
        return normalised * factor(verdict);
    }

    /** Best first: score, then verdict class, then relevance, then NCT id (a total, stable order). */
    public static final Comparator<RankedTrial> ORDER = Comparator.comparingDouble(RankedTrial::score)
            .reversed()
            .thenComparing(Comparator.comparingDouble(
                            (RankedTrial r) -> factor(r.summary().verdict()))
                    .reversed())
            .thenComparing(Comparator.comparingDouble(RankedTrial::relevance).reversed())
            .thenComparing(RankedTrial::nctId);
}
