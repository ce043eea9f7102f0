package org.trialfinder.eligibility.intake;

import java.util.List;

/**
 * What was read from a free-text patient note: the profile, the condition phrases recognised in it,
 * and the phrases to search trials for: the conditions, or when none was recognised the note's
 * fallback words ({@link NoteWords}), which are search terms only and never added to the profile.
 */
public record NoteReading(PatientProfile profile, List<String> conditions, List<String> searchPhrases) {
    public NoteReading {
        conditions = List.copyOf(conditions);
        searchPhrases = List.copyOf(searchPhrases);
    }

    /** A reading whose search phrases are its conditions. */
    public NoteReading(PatientProfile profile, List<String> conditions) {
        this(profile, conditions, conditions);
    }

    /** True when no condition was recognised and the search phrases are the note's fallback words. */
    public boolean searchesFallbackWords() {
        return conditions.isEmpty() && !searchPhrases.isEmpty();
    }
}
