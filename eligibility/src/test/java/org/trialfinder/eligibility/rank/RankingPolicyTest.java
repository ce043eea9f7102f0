package org.trialfinder.eligibility.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.screen.Verdict;

class RankingPolicyTest {
    private static RankedTrial trial(String id, double relevance, double max, Verdict v) {
        return new RankedTrial(
                id,
                id,
                relevance,
                RankingPolicy.score(relevance, max, v),
                new VerdictSummary(v, 0, 0, 0, 0, List.of(), List.of()),
                null);
    }

    @Test
    void scoreIsNormalisedRelevanceTimesTheVerdictFactor() {
        assertThat(RankingPolicy.score(5, 10, Verdict.ELIGIBLE)).isEqualTo(0.5);
        assertThat(RankingPolicy.score(10, 10, Verdict.POSSIBLY_ELIGIBLE)).isEqualTo(0.8);
        assertThat(RankingPolicy.score(10, 10, Verdict.NOT_ELIGIBLE)).isEqualTo(0.4);
        assertThat(RankingPolicy.score(3, 0, Verdict.ELIGIBLE)).isZero();
    }

    @Test
    void eligibilityReordersTrialsOfSimilarRelevanceButNotAnOffTopicOne() {
        List<RankedTrial> list = new ArrayList<>(List.of(
                trial("NCT00000001", 10, 10, Verdict.NOT_ELIGIBLE), // 0.40
                trial("NCT00000002", 9, 10, Verdict.ELIGIBLE), // 0.90
                trial("NCT00000003", 10, 10, Verdict.POSSIBLY_ELIGIBLE), // 0.80
                trial("NCT00000004", 2, 10, Verdict.ELIGIBLE))); // 0.20: barely on topic
        list.sort(RankingPolicy.ORDER);
        assertThat(list)
                .extracting(RankedTrial::nctId)
                .containsExactly("NCT00000002", "NCT00000003", "NCT00000001", "NCT00000004");
    }

    @Test
    void withoutRelevanceTheVerdictDecidesThenTheId() {
        List<RankedTrial> list = new ArrayList<>(List.of(
                trial("NCT00000009", 0, 0, Verdict.NOT_ELIGIBLE),
                trial("NCT00000008", 0, 0, Verdict.POSSIBLY_ELIGIBLE),
                trial("NCT00000007", 0, 0, Verdict.ELIGIBLE),
                trial("NCT00000006", 0, 0, Verdict.POSSIBLY_ELIGIBLE)));
        list.sort(RankingPolicy.ORDER);
        assertThat(list)
                .extracting(RankedTrial::nctId)
                .containsExactly("NCT00000007", "NCT00000006", "NCT00000008", "NCT00000009");
    }
}
