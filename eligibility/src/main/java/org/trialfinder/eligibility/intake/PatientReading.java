package org.trialfinder.eligibility.intake;

import java.util.List;

/**
 * A patient as read from one document (a JSON profile, an HL7 FHIR R4 Bundle or a free-text note):
 * the profile, the condition phrases read (the profile's conditions, or the patient's own conditions
 * a note names), the phrases to search trials for, and what the reader kept but could not use (an
 * unrecognised lab name, a FHIR resource it does not read), so nothing is dropped silently.
 *
 * <p>The search phrases are the conditions, or a note's fallback words ({@link NoteWords}) when it
 * named no condition the reader recognises: those are search terms only and never conditions.
 *
 * <p>The note words are a note's content words ({@link NoteWords#relevanceWords}), which rank the trials
 * found beside the conditions (a trial that matches more of what the note says ranks higher); empty for
 * a profile or a FHIR Bundle, whose facts are all in the profile.
 */
public record PatientReading(
        PatientProfile profile,
        List<String> conditions,
        List<String> searchPhrases,
        List<String> warnings,
        Kind kind,
        List<String> noteWords) {

    /** What kind of document the patient came as. */
    public enum Kind {
        PROFILE("profile"),
        FHIR("FHIR Bundle"),
        NOTE("note");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public PatientReading {
        conditions = List.copyOf(conditions);
        searchPhrases = List.copyOf(searchPhrases);
        warnings = List.copyOf(warnings);
        noteWords = List.copyOf(noteWords);
    }

    /** A reading without note words (a profile, a FHIR Bundle). */
    public PatientReading(
            PatientProfile profile,
            List<String> conditions,
            List<String> searchPhrases,
            List<String> warnings,
            Kind kind) {
        this(profile, conditions, searchPhrases, warnings, kind, List.of());
    }

    /** A profile or FHIR Bundle read: its conditions are what is searched for. */
    public static PatientReading of(PatientProfile profile, List<String> warnings, Kind kind) {
        return new PatientReading(profile, profile.conditions(), profile.conditions(), warnings, kind);
    }

    /** True when no condition was read and the search phrases are a note's fallback words. */
    public boolean searchesFallbackWords() {
        return conditions.isEmpty() && !searchPhrases.isEmpty();
    }
}
