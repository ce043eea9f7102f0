package org.trialfinder.eligibility.split;

import java.util.regex.Pattern;

/**
 * An item that says who is excluded in its own words, wherever it stands: "Participants with a history of
 * diabetes mellitus type I or II are not eligible.", "Patients with active hepatitis B will be excluded from
 * the study." Under an inclusion heading, or under none (older records list every criterion in one block),
 * what it names is what the patient must not have; read as written without those closing words, it would
 * require it.
 *
 * <p>Only a closing clause counts: "Patients not eligible for transplant" or "… are not eligible for
 * surgery" name a population, not an exclusion.
 */
public final class ExcludingSentence {
    private static final Pattern CLOSING = Pattern.compile("(?i)\\b(?:are|is|will\\s+be|shall\\s+be|would\\s+be)\\s+"
            + "(?:not\\s+eligible|ineligible|excluded)(?:\\s+(?:from|for)\\s+(?:the|this)\\s+(?:study|trial))?"
            + "\\s*[.;]?\\s*$");

    private ExcludingSentence() {}

    /** True when the text ends by saying that those it describes are excluded. */
    public static boolean excludes(String text) {
        return text != null && CLOSING.matcher(text).find();
    }
}
