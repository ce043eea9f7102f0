package org.trialfinder.eligibility.screen;

import com.fasterxml.jackson.annotation.JsonValue;

/** What one criterion says for one patient. */
public enum Outcome {
    /** The patient meets what the criterion states. */
    MET("met"),
    /** The patient does not meet it. */
    NOT_MET("not met"),
    /** A fact the criterion needs is missing from the profile. */
    UNKNOWN("unknown"),
    /** The criterion could not be read into a check; a person must judge it. */
    NOT_COMPUTABLE("not computable");

    private final String word;

    Outcome(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }
}
