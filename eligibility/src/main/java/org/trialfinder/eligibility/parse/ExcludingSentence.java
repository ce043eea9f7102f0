package org.trialfinder.eligibility.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.split.Section;

/**
 * An item that says who is excluded in its own words, wherever it stands: "Participants with a history of
 * diabetes mellitus type I or II are not eligible.", "Patients with active hepatitis B will be excluded from
 * the study." Under an inclusion heading, or under none (older records list every criterion in one block),
 * what it names is what the patient must not have; read as written without those closing words, it would
 * require it.
 *
 * <p>The parser's last stage: the reading of such an item outside an exclusion is negated. Only a closing clause
 * counts: "Patients not eligible for transplant" or "… are not eligible for
 * surgery" name a population, not an exclusion.
 */
public final class ExcludingSentence {
    private static final Pattern CLOSING = Pattern.compile("(?i)\\b(?:(?:are|is|will\\s+be|shall\\s+be|would\\s+be)\\s+"
            + "(?:not\\s+eligible|ineligible|excluded)(?:\\s+(?:from|for)\\s+(?:the|this)\\s+(?:study|trial))?"
            // "Pregnant women will not be included in the study.", "… cannot participate in this study."
            + "|(?:(?:will|may|must|shall|can|should)\\s+not|cannot|can't|can’t|won't|won’t)\\s+"
            + "(?:be\\s+(?:included|enrolled|entered|accepted|admitted|recruited)|participate|take\\s+part|enroll?)"
            + "(?:\\s+(?:in|into|from|for)\\s+(?:the|this)\\s+(?:study|trial|protocol))?)"
            + "\\s*[.;]?\\s*$");

    private ExcludingSentence() {}

    /** The item's reading as the section means it: negated outside an exclusion when the text closes so. */
    static Criterion apply(Criterion tree, String text, Section section) {
        return section != Section.EXCLUSION && tree.computable() && excludes(text) ? new Not(tree, tree.span()) : tree;
    }

    /** True when the text ends by saying that those it describes are excluded. */
    public static boolean excludes(String text) {
        return closingStart(text) >= 0;
    }

    /** Where the closing words that say those described are excluded start; -1 when the text does not end so. */
    static int closingStart(String text) {
        if (text == null) {
            return -1;
        }
        Matcher m = CLOSING.matcher(text);
        return m.find() ? m.start() : -1;
    }
}
