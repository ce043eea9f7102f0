package org.trialfinder.eligibility.rank;

import java.util.Comparator;
import org.trialfinder.eligibility.screen.Verdict;

/**
 * How eligibility, how much of it was decided, and relevance combine into one order. Deliberately simple, so
 * a person can predict it:
 *
 * <pre>
 *   score  = relevance / (highest relevance among the candidates) × factor
 *   factor = eligible 1.0
 *            possibly eligible 0.6 + 0.3 × decided share (0.6 when nothing medical was decided, 0.9 when all was)
 *            not eligible 0.4
 * </pre>
 *
 * The decided share is the part of the trial's criteria about the patient's medical facts that was decided
 * for this patient (procedural ones such as consent do not count). So among trials with no failed
 * criterion and the same relevance, one that decided 90 % of its criteria (factor 0.87) ranks above one
 * that decided 10 % (0.63), and an eligible trial (every medical criterion decided) above both. A trial the
 * patient is eligible for moves ahead of a possibly-eligible one unless that is more relevant by the ratio
 * of their factors (1.11 to 1.67), and ahead of an excluded one unless that is 2.5 times as relevant: an
 * excluded trial on the patient's exact condition can still rank above an eligible trial that barely
 * matches, because an off-topic trial is of no use however eligible. Equal scores (e.g. no relevance at
 * all) fall back to the factor (eligible, then possibly eligible by decided share, then not eligible), then
 * relevance, then the NCT id.
 */
public final class RankingPolicy {
    public static final double ELIGIBLE = 1.0;
    /** A possibly-eligible trial's factor when none of its medical criteria was decided. */
    public static final double POSSIBLY_ELIGIBLE_FLOOR = 0.6;
    /** What deciding all of its medical criteria adds to a possibly-eligible trial's factor. */
    public static final double POSSIBLY_ELIGIBLE_DECIDED = 0.3;

    public static final double NOT_ELIGIBLE = 0.4;

    private RankingPolicy() {}

    /** @param decidedShare the share of the trial's medical criteria decided for the patient, 0..1 */
    public static double factor(Verdict verdict, double decidedShare) {
        double share = Math.max(0, Math.min(1, decidedShare));
        return switch (verdict) {
            case ELIGIBLE -> ELIGIBLE;
            case POSSIBLY_ELIGIBLE -> POSSIBLY_ELIGIBLE_FLOOR + POSSIBLY_ELIGIBLE_DECIDED * share;
            case NOT_ELIGIBLE -> NOT_ELIGIBLE;
        };
    }

    /** The factor of a screened trial. */
    public static double factor(VerdictSummary summary) {
        return factor(summary.verdict(), summary.coverage().decidedShare());
    }

    /** The combined score of a trial whose relevance is {@code relevance} out of {@code maxRelevance}. */
    public static double score(double relevance, double maxRelevance, VerdictSummary summary) {
        double normalised = maxRelevance > 0 ? relevance / maxRelevance : 0;
        return normalised * factor(summary);
    }

    /** Best first: score, then factor, then relevance, then NCT id (a total, stable order). */
    public static final Comparator<RankedTrial> ORDER = Comparator.comparingDouble(RankedTrial::score)
            .reversed()
            .thenComparing(Comparator.comparingDouble((RankedTrial r) -> factor(r.summary()))
                    .reversed())
            .thenComparing(Comparator.comparingDouble(RankedTrial::relevance).reversed())
            .thenComparing(RankedTrial::nctId);
}
