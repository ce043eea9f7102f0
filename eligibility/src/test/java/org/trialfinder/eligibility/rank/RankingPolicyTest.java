package org.trialfinder.eligibility.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.screen.Coverage;
import org.trialfinder.eligibility.screen.Verdict;

class RankingPolicyTest {
    /** A summary of a trial with 10 medical criteria of which {@code decided} were decided. */
    private static VerdictSummary summary(Verdict v, int decided) {
        int undecided = v == Verdict.ELIGIBLE ? 0 : 10 - decided;
        return new VerdictSummary(
                v, decided, 0, undecided, 0, List.of(), List.of(), new Coverage(12, 10 - undecided, undecided, 0, 2));
    }

    private static RankedTrial trial(String id, double relevance, double max, Verdict v, int decided) {
        VerdictSummary s = summary(v, decided);
        return new RankedTrial(id, id, relevance, RankingPolicy.score(relevance, max, s), s, null);
    }

    private static RankedTrial trial(String id, double relevance, double max, Verdict v) {
        return trial(id, relevance, max, v, v == Verdict.ELIGIBLE ? 10 : 5);
    }

    @Test
    void scoreIsNormalisedRelevanceTimesTheFactorOfVerdictAndDecidedShare() {
        // factors by hand from the documented rule: eligible 1.0; possibly 0.6 + 0.3 × share; not eligible 0.4
        assertThat(RankingPolicy.score(5, 10, summary(Verdict.ELIGIBLE, 10))).isEqualTo(0.5);
        assertThat(RankingPolicy.score(10, 10, summary(Verdict.POSSIBLY_ELIGIBLE, 5)))
                .isCloseTo(0.75, within(1e-9));
        assertThat(RankingPolicy.score(10, 10, summary(Verdict.POSSIBLY_ELIGIBLE, 0)))
                .isCloseTo(0.6, within(1e-9));
        assertThat(RankingPolicy.score(10, 10, summary(Verdict.NOT_ELIGIBLE, 3)))
                .isEqualTo(0.4);
        assertThat(RankingPolicy.score(3, 0, summary(Verdict.ELIGIBLE, 10))).isZero();
    }

    @Test
    void amongTrialsWithNoFailureTheOneReadFurtherRanksFirst() {
        List<RankedTrial> list = new ArrayList<>(List.of(
                trial("NCT00000011", 10, 10, Verdict.POSSIBLY_ELIGIBLE, 1), // 10 % decided: 0.63
                trial("NCT00000012", 10, 10, Verdict.POSSIBLY_ELIGIBLE, 9), // 90 % decided: 0.87
                trial("NCT00000013", 10, 10, Verdict.ELIGIBLE, 10))); // all decided: 1.0
        list.sort(RankingPolicy.ORDER);
        assertThat(list).extracting(RankedTrial::nctId).containsExactly("NCT00000013", "NCT00000012", "NCT00000011");
    }

    @Test
    void proceduralCriteriaDoNotLowerTheShare() {
        // 12 criteria, 2 procedural (consent, willingness): 10 of the 10 medical ones decided is all of them
        VerdictSummary s = summary(Verdict.ELIGIBLE, 10);
        assertThat(s.coverage().decidedShare()).isEqualTo(1.0);
        assertThat(s.coverage().medical()).isEqualTo(10);
    }

    @Test
    void eligibilityReordersTrialsOfSimilarRelevanceButNotAnOffTopicOne() {
        List<RankedTrial> list = new ArrayList<>(List.of(
                trial("NCT00000001", 10, 10, Verdict.NOT_ELIGIBLE), // 0.40
                trial("NCT00000002", 9, 10, Verdict.ELIGIBLE), // 0.90
                trial("NCT00000003", 10, 10, Verdict.POSSIBLY_ELIGIBLE), // 0.75 (half decided)
                trial("NCT00000004", 2, 10, Verdict.ELIGIBLE))); // 0.20: barely on topic
        list.sort(RankingPolicy.ORDER);
        assertThat(list)
                .extracting(RankedTrial::nctId)
                .containsExactly("NCT00000002", "NCT00000003", "NCT00000001", "NCT00000004");
    }

    @Test
    void withoutRelevanceTheFactorDecidesThenTheId() {
        List<RankedTrial> list = new ArrayList<>(List.of(
                trial("NCT00000009", 0, 0, Verdict.NOT_ELIGIBLE),
                trial("NCT00000008", 0, 0, Verdict.POSSIBLY_ELIGIBLE),
                trial("NCT00000007", 0, 0, Verdict.ELIGIBLE),
                trial("NCT00000006", 0, 0, Verdict.POSSIBLY_ELIGIBLE),
                trial("NCT00000005", 0, 0, Verdict.POSSIBLY_ELIGIBLE, 8)));
        list.sort(RankingPolicy.ORDER);
        assertThat(list)
                .extracting(RankedTrial::nctId)
                .containsExactly("NCT00000007", "NCT00000005", "NCT00000006", "NCT00000008", "NCT00000009");
    }
}
