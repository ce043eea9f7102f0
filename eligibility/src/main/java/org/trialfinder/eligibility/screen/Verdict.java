package org.trialfinder.eligibility.screen;

import com.fasterxml.jackson.annotation.JsonValue;

/** The trial-level answer, in the words the API uses. */
public enum Verdict {
    /** Every inclusion that can be checked is met, no exclusion that can be checked is met, nothing missing. */
    ELIGIBLE("eligible"),
    /** An inclusion is not met or an exclusion is met. */
    NOT_ELIGIBLE("not eligible"),
    /** Nothing fails, but facts are missing for some checks. */
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
