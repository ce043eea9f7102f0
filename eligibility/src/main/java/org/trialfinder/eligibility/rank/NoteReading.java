package org.trialfinder.eligibility.rank;

import java.util.List;
import org.trialfinder.eligibility.patient.PatientProfile;

/** What was read from a free-text patient note: the profile and the condition phrases to search for. */
public record NoteReading(PatientProfile profile, List<String> conditions) {
    public NoteReading {
        conditions = List.copyOf(conditions);
    }
}
