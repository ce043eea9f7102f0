package org.trialfinder.eligibility.rank;

import java.util.List;
import java.util.Objects;
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

    public PatientMatcher(NoteReader notes, CandidateSource candidates, TrialRanker ranker) {
        this.notes = Objects.requireNonNull(notes, "notes");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.ranker = Objects.requireNonNull(ranker, "ranker");
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
        PatientReading reading = notes.read(note);
        return match(reading.profile(), reading.conditions(), reading.searchPhrases());
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
