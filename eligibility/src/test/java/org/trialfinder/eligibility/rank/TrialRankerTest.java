package org.trialfinder.eligibility.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.NoteReaders;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/** The ranker with the real pre-screener, on hand-made trials and the example patient. */
class TrialRankerTest {
    /** The example profile: ANC 1500/uL, ALT 30 U/L (ULN 40), liver metastases, ECOG 1. */
    private static final PatientProfile PATIENT =
            new PatientProfileReader(Clock.systemDefaultZone()).read("""
            {"age":58,"sex":"female","pregnant":false,"performanceStatus":{"scale":"ECOG","value":1},
             "labs":[{"name":"ANC","value":1500,"unit":"/uL"},{"name":"ALT","value":30,"unit":"U/L","uln":40}],
             "conditions":["recurrent rectal cancer"],"metastases":["liver"],
             "treatments":[{"name":"oxaliplatin","date":"2025-03-01"}]}
            """).profile();

    /** Eligible: every check met. */
    private static final Study ELIGIBLE = trial(
            "NCT90000011",
            "Inclusion Criteria:\\n\\n* ANC >= 1.5 x 10^9/L\\n"
                    + "* ECOG performance status 0-1\\n\\nExclusion Criteria:\\n\\n* Pregnant women");
    /** Not eligible: needs ANC >= 2000/uL. */
    private static final Study EXCLUDED =
            trial("NCT90000012", "Inclusion Criteria:\\n\\n* ANC >= 2000/uL\\n" + "* ECOG performance status 0-1");
    /** Possibly eligible: a platelet count the profile does not have. */
    private static final Study POSSIBLY = trial(
            "NCT90000013", "Inclusion Criteria:\\n\\n* Platelets >= 100,000/mm3\\n" + "* ECOG performance status 0-1");

    private static Study trial(String id, String criteria) {
        return StudyJson.parse("""
                {"protocolSection":{"identificationModule":{"nctId":"%s","briefTitle":"Trial %s"},
                 "statusModule":{"overallStatus":"RECRUITING"},
                 "conditionsModule":{"conditions":["Rectal Cancer"]},
                 "eligibilityModule":{"eligibilityCriteria":"%s","sex":"ALL","minimumAge":"18 Years"}}}
                """.formatted(id, id, criteria));
    }

    private final TrialRanker ranker = new TrialRanker(new PrescreenerScreener(new Prescreener()));

    @Test
    void atEqualRelevanceEligibleThenPossiblyThenNotEligibleEachWithItsReasons() {
        List<RankedTrial> ranked = ranker.rank(
                PATIENT,
                List.of("rectal cancer"),
                List.of(new Candidate(EXCLUDED, 5), new Candidate(POSSIBLY, 5), new Candidate(ELIGIBLE, 5)));
        assertThat(ranked).extracting(RankedTrial::nctId).containsExactly("NCT90000011", "NCT90000013", "NCT90000012");
        assertThat(ranked)
                .extracting(r -> r.summary().verdict())
                .containsExactly(Verdict.ELIGIBLE, Verdict.POSSIBLY_ELIGIBLE, Verdict.NOT_ELIGIBLE);

        VerdictSummary eligible = ranked.get(0).summary();
        assertThat(eligible.met()).isEqualTo(3); // minimum age, ANC, ECOG
        assertThat(eligible.notMet()).isEqualTo(1); // the exclusion (pregnant): not met, as it should be
        assertThat(eligible.failedCriteria()).isEmpty();

        VerdictSummary possibly = ranked.get(1).summary();
        assertThat(possibly.unknown()).isPositive();
        assertThat(possibly.missingFacts())
                .anySatisfy(f -> assertThat(f.toLowerCase()).contains("platelet"));

        VerdictSummary excluded = ranked.get(2).summary();
        assertThat(excluded.failedCriteria())
                .singleElement()
                .satisfies(f -> assertThat(f).startsWith("inclusion 1: ANC >= 2000/uL"));
        assertThat(ranked.get(2).score()).isEqualTo(RankingPolicy.NOT_ELIGIBLE);
    }

    @Test
    void aMuchMoreRelevantExcludedTrialStillLeadsABarelyRelevantEligibleOne() {
        List<RankedTrial> ranked =
                ranker.rank(PATIENT, List.of(), List.of(new Candidate(ELIGIBLE, 1), new Candidate(EXCLUDED, 10)));
        assertThat(ranked).extracting(RankedTrial::nctId).containsExactly("NCT90000012", "NCT90000011");
        assertThat(ranked.get(0).score()).isEqualTo(0.4);
        assertThat(ranked.get(1).score()).isEqualTo(0.1);
    }

    @Test
    void conditionPhrasesJoinTheProfileOnce() {
        PatientProfile p =
                TrialRanker.withConditions(PATIENT, List.of("Recurrent Rectal Cancer", "liver metastasis", " "));
        assertThat(p.conditions()).containsExactly("recurrent rectal cancer", "liver metastasis");
        assertThat(TrialRanker.withConditions(PATIENT, List.of())).isSameAs(PATIENT);
    }

    @Test
    void theMatcherRanksFromANoteThroughItsCandidateSource() {
        CandidateSource source =
                phrases -> phrases.stream().anyMatch(p -> p.toLowerCase().contains("rectal"))
                        ? List.of(new Candidate(EXCLUDED, 3), new Candidate(ELIGIBLE, 3))
                        : List.of();
        PatientMatcher matcher = new PatientMatcher(NoteReaders.shipped(), source, ranker);
        PatientMatcher.Match match = matcher.matchNote(
                "A 61-year-old woman with rectal cancer metastatic to the liver. ECOG 1. ANC 1,500/uL.");
        assertThat(match.conditions())
                .anySatisfy(c -> assertThat(c.toLowerCase()).contains("rectal"));
        assertThat(match.patient().ageYears()).isEqualTo(61.0);
        assertThat(match.trials()).extracting(RankedTrial::nctId).containsExactly("NCT90000011", "NCT90000012");
        assertThat(match.trials().get(1).summary().verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThatThrownBy(() -> matcher.matchNote("  ")).hasMessageContaining("note is empty");
        assertThat(matcher.match(PATIENT, List.of()).conditions()).containsExactly("recurrent rectal cancer");
    }

    @Test
    void aNoteWithoutARecognisedConditionIsSearchedByItsWordsWhichAreNotScreenedAsConditions() {
        List<List<String>> asked = new ArrayList<>();
        CandidateSource source = phrases -> {
            asked.add(phrases);
            return List.of(new Candidate(ELIGIBLE, 2));
        };
        PatientMatcher matcher = new PatientMatcher(NoteReaders.shipped(), source, ranker);
        PatientMatcher.Match match = matcher.matchNote("Anxiety. Age: 39.");
        assertThat(asked).containsExactly(List.of("anxiety"));
        assertThat(match.conditions()).isEmpty();
        assertThat(match.searched()).containsExactly("anxiety");
        assertThat(match.trials()).extracting(RankedTrial::nctId).containsExactly("NCT90000011");
    }
}
