package org.trialfinder.eligibility.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a free-text patient note with the rule-based {@link NoteExtractor}: its profile, and as condition phrases the
 * patient's own conditions (not the negated ones, not a relative's), each as written and then by its
 * MeSH descriptor name when that differs ("colon cancer", then "Colonic Neoplasms"), in note order.
 * When the note names no condition the extractor recognises, its fallback words ({@link NoteWords})
 * are searched instead, so its trials still get a relevance. When it names some, but none in its first
 * sentence (where a note says what the patient has or comes for: "anxiety. … dementia: yes."), that
 * sentence's content words are searched after the conditions too. Those words are never conditions.
 */
public final class NoteReader {
    private final NoteExtractor extractor;

    public NoteReader(NoteExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    public PatientReading read(String note) {
        NoteExtraction x = extractor.extract(note);
        List<String> conditions = conditionPhrases(x);
        if (conditions.isEmpty()) {
            return note(x, conditions, NoteWords.of(note), note);
        }
        int firstEnd = NoteWords.firstSentenceEnd(note);
        if (x.conditionPhrases().stream().anyMatch(c -> c.start() < firstEnd)) {
            return note(x, conditions, conditions, note);
        }
        List<String> search = new ArrayList<>(conditions);
        search.addAll(NoteWords.contentWords(note.substring(0, firstEnd)));
        return note(x, conditions, search, note);
    }

    private static PatientReading note(
            NoteExtraction x, List<String> conditions, List<String> searchPhrases, String note) {
        // no warnings: the pages and the API have never shown the extractor's own for a note
        return new PatientReading(
                x.profile(),
                conditions,
                searchPhrases,
                List.of(),
                PatientReading.Kind.NOTE,
                NoteWords.relevanceWords(note));
    }

    static List<String> conditionPhrases(NoteExtraction x) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>();
        for (NoteExtraction.ConditionPhrase c : x.conditionPhrases()) {
            if (c.status() != NoteExtraction.Status.PRESENT) {
                continue;
            }
            for (String p : new String[] {c.text(), c.meshName()}) {
                if (p != null && !p.isBlank() && seen.add(p.strip().toLowerCase(Locale.ROOT))) {
                    phrases.add(p.strip());
                }
            }
        }
        return phrases;
    }
}
