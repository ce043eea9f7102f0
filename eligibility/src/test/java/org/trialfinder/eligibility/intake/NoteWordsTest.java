package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteWordsTest {

    @Test
    void theContentWordsOfTheFirstSentenceWithoutFunctionWordsNumbersOrWordsAboutAnyPatient() {
        assertThat(NoteWords.of(
                        "A 30-year-old woman presents with trouble sleeping and constant worry. She is a teacher."))
                .containsExactly("trouble", "sleeping", "constant", "worry");
    }

    @Test
    void theWholeNoteWhenTheFirstSentenceHasNoContentWord() {
        assertThat(NoteWords.of("A 45 yo man. Insomnia and worry for 3 months."))
                .containsExactly("insomnia", "worry");
    }

    @Test
    void atMostEightWordsEachOnceInNoteOrder() {
        assertThat(NoteWords.of("alpha beta gamma delta alpha epsilon zeta eta theta iota kappa."))
                .containsExactly("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta");
    }

    @Test
    void nothingFromANoteWithoutContentWords() {
        assertThat(NoteWords.of("Seen today. Feels well.")).isEmpty();
        assertThat(NoteWords.of("  ")).isEmpty();
    }
}
