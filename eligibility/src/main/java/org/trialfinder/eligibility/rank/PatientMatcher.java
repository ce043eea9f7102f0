package org.trialfinder.eligibility.rank;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trialfinder.eligibility.intake.NoteReader;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientReading;

/**
 * Trials for a patient, from a profile or from a free-text note: the note is read into a profile and
 * condition phrases, the candidate source finds the trials matching those phrases (the service:
 * recruiting, optionally near a place), and the ranker orders them by eligibility and relevance.
 */
public final class PatientMatcher {
    private final NoteReader notes;
    private final CandidateSource candidates;
    private final TrialRanker ranker;
    private final Optional<WordRelevance> words;

    /** A matcher that ranks by the conditions alone. */
    public PatientMatcher(NoteReader notes, CandidateSource candidates, TrialRanker ranker) {
        this(notes, candidates, ranker, Optional.empty());
    }

    /**
     * A matcher that ranks a note's candidates by its conditions and its words ({@link RelevanceBlend}) when
     * {@code words} is given.
     */
    public PatientMatcher(
            NoteReader notes, CandidateSource candidates, TrialRanker ranker, Optional<WordRelevance> words) {
        this.notes = Objects.requireNonNull(notes, "notes");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.ranker = Objects.requireNonNull(ranker, "ranker");
        this.words = Objects.requireNonNull(words, "words");
    }

    /**
     * The ranking for a patient, with the profile, the condition phrases it was made from and the
     * phrases searched (the conditions, or a note's fallback words when it named none).
     */
    public record Match(
            PatientProfile patient, List<String> conditions, List<String> searched, List<RankedTrial> trials) {
        public Match {
            conditions = List.copyOf(conditions);
            searched = List.copyOf(searched);
            trials = List.copyOf(trials);
        }
    }

    /** From a free-text note: extracted facts and conditions, then the ranking. */
    public Match matchNote(String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("the note is empty");
        }
        return match(notes.read(note));
    }

    /**
     * For a patient as read: its conditions (or a note's fallback words) find the candidates; a note's words,
     * when this matcher has a word relevance, rank them beside the conditions.
     */
    public Match match(PatientReading reading) {
        List<String> searched = reading.searchPhrases();
        if (searched.isEmpty()) {
            return new Match(reading.profile(), reading.conditions(), searched, List.of());
        }
        List<Candidate> found = candidates.find(searched);
        if (words.isPresent() && !reading.noteWords().isEmpty() && !found.isEmpty()) {
            Set<String> ids = new HashSet<>();
            found.forEach(c -> ids.add(c.study().nctId()));
            found = RelevanceBlend.blend(found, words.get().scores(reading.noteWords(), ids));
        }
        List<RankedTrial> trials = ranker.rank(reading.profile(), reading.conditions(), found);
        return new Match(reading.profile(), reading.conditions(), searched, trials);
    }

    /**
     * From a profile: {@code conditions} are the phrases to search for; when none are given the
     * profile's own conditions are used.
     */
    public Match match(PatientProfile patient, List<String> conditions) {
        List<String> phrases = conditions == null || conditions.isEmpty() ? patient.conditions() : conditions;
        return match(patient, phrases, phrases);
    }

    /**
     * From a profile, searching {@code searchPhrases} (a note's fallback words when it named no
     * condition) while only {@code conditions} are screened as the patient's conditions.
     */
    public Match match(PatientProfile patient, List<String> conditions, List<String> searchPhrases) {
        List<RankedTrial> trials =
                searchPhrases.isEmpty() ? List.of() : ranker.rank(patient, conditions, candidates.find(searchPhrases));
        return new Match(patient, conditions, searchPhrases, trials);
    }
}
