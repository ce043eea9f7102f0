package org.trialfinder.eligibility.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.NoteReader;
import org.trialfinder.eligibility.intake.NoteReaders;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/** A note's words rank the trials its conditions found; a profile is ranked by its conditions alone. */
class PatientMatcherTest {
    private static final NoteReader NOTES = NoteReaders.shipped();
    private static final TrialRanker RANKER = new TrialRanker(new PrescreenerScreener(new Prescreener()));

    private static Study trial(String id) {
        return StudyJson.parse("""
                {"protocolSection":{"identificationModule":{"nctId":"%s","briefTitle":"Trial %s"},
                 "statusModule":{"overallStatus":"RECRUITING"},
                 "conditionsModule":{"conditions":["Asthma"]},
                 "eligibilityModule":{"eligibilityCriteria":"Inclusion Criteria:\\n\\n* Age >= 18 years","sex":"ALL"}}}
                """.formatted(id, id));
    }

    private static final Study FIRST_BY_CONDITION = trial("NCT90000021");
    private static final Study FIRST_BY_WORDS = trial("NCT90000022");
    private static final CandidateSource SOURCE =
            phrases -> List.of(new Candidate(FIRST_BY_CONDITION, 4), new Candidate(FIRST_BY_WORDS, 3));

    @Test
    void aNotesWordsReorderTheTrialsItsConditionsFound() {
        List<List<String>> asked = new ArrayList<>();
        List<Set<String>> among = new ArrayList<>();
        WordRelevance words = (w, ids) -> {
            asked.add(w);
            among.add(ids);
            return Map.of("NCT90000021", 1.0, "NCT90000022", 5.0);
        };
        PatientMatcher matcher = new PatientMatcher(NOTES, SOURCE, RANKER, Optional.of(words));
        PatientMatcher.Match m =
                matcher.matchNote("A 45-year-old woman with asthma and nocturnal wheeze, on inhaled budesonide.");
        // conditions: 4/4 and 3/4; words: 1/5 and 5/5; blended ½ each: 0.6 and 0.875
        assertThat(m.trials()).extracting(RankedTrial::nctId).containsExactly("NCT90000022", "NCT90000021");
        assertThat(m.trials().get(0).relevance()).isEqualTo(0.875);
        assertThat(m.trials().get(1).relevance()).isEqualTo(0.6);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).contains("asthma", "nocturnal", "wheeze", "inhaled", "budesonide");
        assertThat(among.get(0)).containsExactlyInAnyOrder("NCT90000021", "NCT90000022");
        // without a word relevance the condition scores alone decide
        assertThat(new PatientMatcher(NOTES, SOURCE, RANKER)
                        .matchNote("A 45-year-old woman with asthma and nocturnal wheeze, on inhaled budesonide.")
                        .trials())
                .extracting(RankedTrial::nctId)
                .containsExactly("NCT90000021", "NCT90000022");
    }

    @Test
    void aProfileHasNoNoteWordsAndIsRankedByItsConditions() {
        WordRelevance never = (w, ids) -> {
            throw new AssertionError("a profile's trials were scored by note words");
        };
        PatientReading profile = PatientReading.of(
                new PatientProfileReader(Clock.systemDefaultZone())
                        .read("{\"age\":45,\"sex\":\"female\",\"conditions\":[\"asthma\"]}")
                        .profile(),
                List.of(),
                PatientReading.Kind.PROFILE);
        PatientMatcher.Match m = new PatientMatcher(NOTES, SOURCE, RANKER, Optional.of(never)).match(profile);
        assertThat(m.trials()).extracting(RankedTrial::nctId).containsExactly("NCT90000021", "NCT90000022");
        assertThat(m.trials()).extracting(RankedTrial::relevance).containsExactly(4.0, 3.0);
    }
}
