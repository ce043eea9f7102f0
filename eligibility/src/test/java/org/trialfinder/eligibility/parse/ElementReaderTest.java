package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;

/** ElementReader works on text: the words between the recognised checks, sorted. */
class ElementReaderTest {

    private static List<String> kinds(String text, Section section) {
        return ElementReader.read(text, 0, text.length(), section).stream()
                .map(e -> switch (e) {
                    case Element.Piece p -> "piece";
                    case Element.Connector c -> c.joint().name();
                    case Element.Negation n -> "not";
                    case Element.Weak w -> "weak";
                    case Element.Content c -> "content:" + text.substring(c.start(), c.end()) + ":" + c.reason();
                    case Element.Time t -> "time";
                    case Element.Liver l -> "liver";
                    case Element.Labs l -> "labs";
                })
                .toList();
    }

    @Test
    void connectorsNegationsAndFillerBetweenChecks() {
        assertThat(kinds("No history of epilepsy or stroke", Section.INCLUSION))
                .containsExactly("not", "piece", "OR", "piece");
    }

    @Test
    void wordsTheNotationCannotSayAreContentWithTheirReason() {
        assertThat(kinds("Epilepsy requiring hospitalisation", Section.INCLUSION))
                .containsExactly("piece", "content:requiring hospitalisation:" + UnreadReason.UNREAD_WORDS);
    }

    @Test
    void aSemicolonInsideBracketsIsAComma() {
        assertThat(kinds("Epilepsy (or stroke; or seizures); diabetes", Section.INCLUSION))
                .contains("COMMA", "SEMI");
    }

    @Test
    void aStretchOfFillerOnly() {
        String text = "Patients with a history of";
        assertThat(ElementReader.fillerOnly(text, 0, text.length(), Section.INCLUSION))
                .isTrue();
        assertThat(ElementReader.fillerOnly("requiring hospitalisation", 0, 25, Section.INCLUSION))
                .isFalse();
    }
}
