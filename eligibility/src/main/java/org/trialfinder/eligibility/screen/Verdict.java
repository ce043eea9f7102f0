package org.trialfinder.eligibility.screen;

import com.fasterxml.jackson.annotation.JsonValue;

/** The trial-level answer, in the words the API uses. */
public enum Verdict {
    /**
     * Every criterion about the patient's medical facts was decided: every inclusion met, no exclusion met,
     * nothing missing, nothing medical left unread (procedural criteria may remain for the trial team).
     */
    ELIGIBLE("eligible"),
    /** An inclusion is not met or an exclusion is met. */
    NOT_ELIGIBLE("not eligible"),
    /** Nothing fails, but facts are missing for some checks or some medical criteria were not read. */
    POSSIBLY_ELIGIBLE("possibly eligible");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    @JsonValue
    public String words() {
        return words;
    }
}
