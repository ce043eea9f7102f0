package org.trialfinder.eligibility.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/** The blend of condition and word relevance, against values worked out by hand from its documented rule. */
class RelevanceBlendTest {
    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    private static Study trial(String id) {
        return StudyJson.parse("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"" + id + "\"}}}");
    }

    private static final Study A = trial("NCT90000001");
    private static final Study B = trial("NCT90000002");
    private static final Study C = trial("NCT90000003");

    @Test
    void halfEachOfTheTwoScoresAsSharesOfTheirBest() {
        List<Candidate> blended = RelevanceBlend.blend(
                List.of(new Candidate(A, 10), new Candidate(B, 5), new Candidate(C, 0)),
                Map.of("NCT90000001", 1.0, "NCT90000002", 4.0));
        // A: ½ × 10/10 + ½ × 1/4 = 0.625; B: ½ × 5/10 + ½ × 4/4 = 0.75; C: matched by neither = 0
        assertThat(blended)
                .extracting(c -> c.study().nctId())
                .containsExactly("NCT90000001", "NCT90000002", "NCT90000003");
        assertThat(blended.get(0).relevance()).isCloseTo(0.625, EXACT);
        assertThat(blended.get(1).relevance()).isCloseTo(0.75, EXACT);
        assertThat(blended.get(2).relevance()).isZero();
    }

    @Test
    void aTrialTheConditionsMissedIsRankedByItsWordsAlone() {
        List<Candidate> blended = RelevanceBlend.blend(
                List.of(new Candidate(A, 0), new Candidate(B, 0)), Map.of("NCT90000002", 2.5, "NCT90000001", 5.0));
        assertThat(blended.get(0).relevance()).isCloseTo(0.5, EXACT);
        assertThat(blended.get(1).relevance()).isCloseTo(0.25, EXACT);
    }

    @Test
    void noWordScoreLeavesTheCandidatesAsTheyWere() {
        List<Candidate> candidates = List.of(new Candidate(A, 3), new Candidate(B, 1));
        assertThat(RelevanceBlend.blend(candidates, Map.of())).isSameAs(candidates);
        assertThat(RelevanceBlend.blend(candidates, Map.of("NCT90000001", 0.0))).isSameAs(candidates);
        // a score for a trial that is not a candidate sets the scale but adds no candidate
        List<Candidate> other = RelevanceBlend.blend(candidates, Map.of("NCT99999999", 7.0));
        assertThat(other).hasSize(2);
        assertThat(other.get(0).relevance()).isCloseTo(0.5, EXACT);
        assertThat(other.get(1).relevance()).isCloseTo(0.5 / 3, EXACT);
    }

    @Test
    void aScoreThatIsNoNumberIsIgnored() {
        List<Candidate> blended = RelevanceBlend.blend(
                List.of(new Candidate(A, 2), new Candidate(B, 2)),
                Map.of("NCT90000001", Double.NaN, "NCT90000002", Double.POSITIVE_INFINITY, "NCT90000003", 1.0));
        assertThat(blended).extracting(Candidate::relevance).containsExactly(0.5, 0.5);
    }
}
