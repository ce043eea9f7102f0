package org.trialfinder.eligibility.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.NoteReaders;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.search.essie.EssieParser;

class ConditionSearchTest {
    @Test
    void aNoteWhoseFirstSentenceRunsForPagesStillMakesAnExpressionTheParserTakes() throws IOException {
        // found by bench/run fuzz (seed 1, request 458: POST /api/v2/match as text/plain): a first sentence with a
        // "word" of thousands of letters made an expression past Essie's 10,000 characters, answered 500
        String note;
        try (InputStream in = getClass().getResourceAsStream("fuzz-seed1-458-note.txt")) {
            note = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PatientReading reading = NoteReaders.shipped().read(note);
        String expression = ConditionSearch.expression(reading.searchPhrases()).orElseThrow();
        assertThat(EssieParser.standard().parse(expression)).isNotNull();
    }

    @Test
    void eachPhraseKeepsItsFirstWordsWithinTheBound() {
        String longWord = "lung".repeat(3000);
        String expression = ConditionSearch.expression(
                        List.of("non small cell lung cancer", longWord, "a b c d e f g h i j k l m n o p"))
                .orElseThrow();
        assertThat(expression)
                .startsWith("(non small cell lung cancer) OR (" + "lung".repeat(50) + ") OR (a b c d e f g h i j k l)");
        assertThat(EssieParser.standard().parse(expression)).isNotNull();
    }
}
