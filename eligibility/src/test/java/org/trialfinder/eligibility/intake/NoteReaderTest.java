package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;

/** The real rule-based extractor behind the ranker's note reading. */
class NoteReaderTest {
    private static NoteReader notes;

    @BeforeAll
    static void load() {
        notes = NoteReaders.shipped();
    }

    @Test
    void thePatientsOwnConditionsAsWrittenThenByMeshNameWithoutNegatedOrFamilyOnes() {
        PatientReading r = notes.read("A 58-year-old woman with type 2 diabetes mellitus and hypertension. "
                + "She denies chest pain. Her father had colon cancer.");
        assertThat(r.profile().ageYears()).isEqualTo(58.0);
        assertThat(r.profile().sex()).isEqualTo(Sex.FEMALE);
        assertThat(r.conditions())
                .anySatisfy(c -> assertThat(c.toLowerCase()).contains("diabetes"))
                .anySatisfy(c -> assertThat(c.toLowerCase()).contains("hypertension"))
                .noneSatisfy(c -> assertThat(c.toLowerCase()).contains("chest pain"))
                .noneSatisfy(c -> assertThat(c.toLowerCase()).contains("colon"));
        // no phrase twice, whatever its case
        assertThat(r.conditions().stream().map(String::toLowerCase).distinct().count())
                .isEqualTo(r.conditions().size());
    }

    @Test
    void aNoteWithoutContentWordsGivesNoPhrases() {
        PatientReading r = notes.read("Seen today. Feels well.");
        assertThat(r.conditions()).isEmpty();
        assertThat(r.searchPhrases()).isEmpty();
        assertThat(r.searchesFallbackWords()).isFalse();
    }

    @Test
    void aNoteNamingNoRecognisedConditionIsSearchedByTheWordsOfItsFirstSentenceButScreenedWithoutThem() {
        PatientReading r = notes.read("anxiety. definitive diagnosis: yes. age: 39. PHQ-9: 7.");
        assertThat(r.conditions()).isEmpty();
        assertThat(r.searchPhrases()).containsExactly("anxiety");
        assertThat(r.searchesFallbackWords()).isTrue();
        assertThat(r.profile().conditions()).isEmpty();
    }

    @Test
    void aRecognisedConditionIsSearchedAloneAndAnAbbreviationByItsMeshNameToo() {
        PatientReading r = notes.read("definitive diagnosis: POAG. intraocular pressure: 48 mmHg.");
        assertThat(r.conditions()).containsExactly("POAG", "Glaucoma, Open-Angle");
        assertThat(r.searchPhrases()).isEqualTo(r.conditions());
        assertThat(r.searchesFallbackWords()).isFalse();
    }

    @Test
    void aFirstSentenceNamingNoRecognisedConditionIsSearchedAfterTheConditionsFoundLater() {
        PatientReading r = notes.read("anxiety. age: 58. dementia: yes.");
        assertThat(r.conditions()).contains("dementia").doesNotContain("anxiety");
        assertThat(r.searchPhrases())
                .startsWith(r.conditions().toArray(String[]::new))
                .endsWith("anxiety");
        assertThat(r.profile().conditions()).doesNotContain("anxiety");
        // a first sentence naming a condition adds no words
        PatientReading named = notes.read("A 50-year-old man with asthma and worsening cough. Dementia: yes.");
        assertThat(named.searchPhrases()).isEqualTo(named.conditions());
    }
}
