package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The clause a condition phrase sits in decides whether it is negated or a relative's. Finding its start walks back
 * from the phrase; the definition is the pattern {@link NoteExtractor#CLAUSE_BREAK} matched from the note's start,
 * which is the oracle here, on every position of random texts made of clause breaks, colons and spaces.
 */
class ClauseBeforeTest {
    private static final char[] ALPHABET = {
        'a', 'b', ' ', ' ', '.', ';', '!', '?', ':', ':', '\n', '\t', '\r', '\u000B', '\f', ',', '\u00A0'
    };

    @Test
    void theClauseStartsAfterTheLastBreakThePatternFindsBeforeThePosition() {
        Random random = new Random(7);
        for (int n = 0; n < 3_000; n++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String note = new String(text);
            for (int position = 0; position <= note.length(); position++) {
                assertThat(NoteExtractor.clauseBefore(note, position))
                        .as("%s at %d", note.replace("\n", "\\n"), position)
                        .isEqualTo(byPattern(note, position));
            }
        }
    }

    @Test
    void examples() {
        assertThat(before("Denies asthma. Has diabetes", "diabetes")).isEqualTo(" Has ");
        assertThat(before("Family history: breast cancer", "breast")).isEmpty();
        assertThat(before("Family history: breast cancer", "cancer")).isEqualTo("breast ");
        assertThat(before("ratio 1:2 diabetes", "diabetes")).isEqualTo("ratio 1:2 ");
        assertThat(before("no asthma", "asthma")).isEqualTo("no ");
    }

    private static String before(String note, String phrase) {
        return NoteExtractor.clauseBefore(note, note.indexOf(phrase));
    }

    private static String byPattern(String note, int position) {
        String before = note.substring(0, position);
        Matcher breaks = NoteExtractor.CLAUSE_BREAK.matcher(before);
        int start = 0;
        while (breaks.find()) {
            start = breaks.end();
        }
        return before.substring(start);
    }
}
