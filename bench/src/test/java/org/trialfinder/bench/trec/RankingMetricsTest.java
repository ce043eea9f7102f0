package org.trialfinder.bench.trec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    // d (grade 2) is judged but ranked nowhere: it still counts in the ideal ranking.
    private static final Map<String, Integer> GRADES = Map.of("a", 0, "b", 2, "c", 1, "d", 2);

    @Test
    void ndcgAtTenByHand() {
        // DCG = 0/log2(2) + 2/log2(3) + 1/log2(4) = 1.761860; ideal 2,2,1 = 2 + 1.261860 + 0.5 = 3.761860
        assertThat(RankingMetrics.ndcgAt(10, List.of("a", "b", "c"), GRADES)).isCloseTo(0.468348, within(1e-6));
    }

    @Test
    void ndcgCutsAtK() {
        // first two only: 2/log2(3) over 2 + 2/log2(3)
        assertThat(RankingMetrics.ndcgAt(2, List.of("a", "b", "c"), GRADES)).isCloseTo(0.386853, within(1e-6));
    }

    @Test
    void idealOrderScoresOneAndNoPositiveScoresZero() {
        assertThat(RankingMetrics.ndcgAt(10, List.of("b", "d", "c", "a"), GRADES))
                .isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(10, List.of("x", "y"), Map.of("x", 0, "y", 0)))
                .isZero();
    }

    @Test
    void unjudgedTrialsGainNothing() {
        assertThat(RankingMetrics.ndcgAt(10, List.of("zz", "b", "d", "c"), GRADES))
                .isLessThan(RankingMetrics.ndcgAt(10, List.of("b", "d", "c"), GRADES));
    }

    @Test
    void precisionDividesByKEvenForShortRankings() {
        List<String> ranking = List.of("a", "b", "c");
        assertThat(RankingMetrics.precisionAt(10, ranking, GRADES, 1)).isEqualTo(0.2);
        assertThat(RankingMetrics.precisionAt(10, ranking, GRADES, 2)).isEqualTo(0.1);
        assertThat(RankingMetrics.precisionAt(1, ranking, GRADES, 1)).isEqualTo(0.0);
        assertThat(RankingMetrics.precisionAt(2, ranking, GRADES, 2)).isEqualTo(0.5);
    }

    @Test
    void tiesAreBrokenBySeedNotById() {
        Set<String> ids =
                Set.of("NCT00000001", "NCT00000002", "NCT00000003", "NCT00000004", "NCT00000005", "NCT00000006");
        List<String> once = Rankings.order(ids, Map.of(), 7);
        assertThat(Rankings.order(ids, Map.of(), 7)).isEqualTo(once);
        assertThat(Rankings.order(ids, Map.of("NCT00000004", 1.5), 7).getFirst())
                .isEqualTo("NCT00000004");
        boolean someSeedDiffers = false;
        for (long seed = 0; seed < 20 && !someSeedDiffers; seed++) {
            someSeedDiffers = !Rankings.order(ids, Map.of(), seed).equals(once);
        }
        assertThat(someSeedDiffers).isTrue();
    }
}
