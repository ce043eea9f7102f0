package org.trialfinder.eligibility.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.NoteReaders;
import org.trialfinder.eligibility.intake.NoteWords;
import org.trialfinder.search.essie.EssieParser;

/** The expression a note's words become: words only, each once, never an Essie operator, within the parser's limits. */
class WordSearchTest {
    @Test
    void wordsAreOredOnceEachAndOperatorsAndNonWordsDropped() {
        assertThat(WordSearch.expression(
                        List.of("Asthma", "wheeze", "asthma", "NOT", "near", "or", "x(y", "non-small", "crohn's")))
                .hasValue("asthma OR wheeze OR non OR small OR crohn");
        assertThat(WordSearch.expression(List.of("AND", "", "1.5"))).isEmpty();
    }

    @Test
    void theFuzzNoteWithAWordOfThousandsOfLettersMakesAnExpressionTheParserTakes() throws IOException {
        String note;
        try (InputStream in = getClass().getResourceAsStream("fuzz-seed1-458-note.txt")) {
            note = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> words = NoteReaders.shipped().read(note).noteWords();
        assertThat(words).isNotEmpty().hasSizeLessThanOrEqualTo(NoteWords.MAX_RELEVANCE_WORDS);
        String expression = WordSearch.expression(words).orElseThrow();
        assertThat(EssieParser.standard().parse(expression)).isNotNull();
    }
}
