package org.trialfinder.eligibility.rank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.note.NoteExtractor;
import org.trialfinder.eligibility.patient.PatientProfile.Sex;

/** The real rule-based extractor behind the ranker's note reading. */
class ExtractedNotesTest {
    private static ExtractedNotes notes;

    @BeforeAll
    static void load() {
        notes = new ExtractedNotes(new NoteExtractor());
    }

    @Test
    void thePatientsOwnConditionsAsWrittenThenByMeshNameWithoutNegatedOrFamilyOnes() {
        NoteReading r = notes.read("A 58-year-old woman with type 2 diabetes mellitus and hypertension. "
                + "She denies chest pain. Her father had colon cancer.");
        assertThat(r.profile().ageYears()).isEqualTo(58.0);
        assertThat(r.profile().sex()).isEqualTo(Sex.FEMALE);
        assertThat(r.conditions()).anySatisfy(c -> assertThat(c.toLowerCase()).contains("diabetes"))
                .anySatisfy(c -> assertThat(c.toLowerCase()).contains("hypertension"))
                .noneSatisfy(c -> assertThat(c.toLowerCase()).contains("chest pain"))
                .noneSatisfy(c -> assertThat(c.toLowerCase()).contains("colon"));
        // no phrase twice, whatever its case
        assertThat(r.conditions().stream().map(String::toLowerCase).distinct().count()).isEqualTo(r.conditions().size());
    }

    @Test
    void aNoteWithoutConditionsGivesNoPhrases() {
        assertThat(notes.read("Seen today. Feels well.").conditions()).isEmpty();
    }
}
