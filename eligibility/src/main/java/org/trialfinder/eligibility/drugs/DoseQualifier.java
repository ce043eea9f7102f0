package org.trialfinder.eligibility.drugs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.Within;

/**
 * A dose written after a therapy ("> 10 mg/day prednisone equivalent", "at a dose of ≥ 20 mg daily",
 * "(> 10 mg prednisolone or equivalent)"): the notation cannot say it, so by notation-12 §2 the therapy
 * stays with a not-computable part beside it ({@code and(therapy(corticosteroids), not_computable)}),
 * which still decides for a patient who never had the therapy.
 */
public final class DoseQualifier {

    private DoseQualifier() {}

    private static final String CMP = "(?:>=?|≥|<=?|≤|more\\s+than|greater\\s+than|higher\\s+than|exceeding|above|over"
            + "|(?:of\\s+)?at\\s+least|(?:of\\s+)?(?:up\\s+to|less\\s+than|below|under))";

    private static final Pattern DOSE = Pattern.compile("(?i)[\\s(\\[,:-]*(?:(?:at|in|with)\\s+)?(?:an?\\s+)?"
            + "(?:(?:daily\\s+|total\\s+|cumulative\\s+)?doses?\\s+(?:of\\s+)?(?:equivalent\\s+to\\s+)?)?"
            + "(?:of\\s+)?"
            + CMP
            + "?\\s*\\d+(?:[.,]\\d+)?\\s*(?:mg|mcg|µg|ug|g|iu|units?)(?:\\s*(?:/|per|a)\\s*(?:day|d|24\\s*h|kg|m2|m²|week|wk))*"
            + "(?:\\s*(?:daily|a\\s+day|per\\s+day|/\\s*day))?"
            + "(?:\\s*(?:of\\s+)?(?:oral\\s+)?(?:prednisone|prednisolone|hydrocortisone|dexamethasone|methylprednisolone)"
            + "(?:\\s+(?:or\\s+(?:its\\s+|an?\\s+)?)?(?:equivalents?|equivalent\\s+doses?)|[\\s-]equivalents?)?)?"
            + "(?:\\s+(?:or\\s+(?:its\\s+|an?\\s+)?)?(?:equivalents?|equivalent\\s+(?:doses?|dosage)))?"
            + "(?:\\s*[)\\]])?");

    private static final Pattern END = Pattern.compile("[\\s.;,]*");

    /** Whether the text is only a dose (with the comparator and reference drug it is written with). */
    public static boolean isDose(String text) {
        if (text.length() >= 200) {
            return false;
        }
        Matcher m = DOSE.matcher(text);
        return m.lookingAt() && END.matcher(text).region(m.end(), text.length()).matches();
    }

    /** Whether the text is a dose and the check it stands beside a prior therapy (in a window or not). */
    public static boolean isDoseOfTherapy(Criterion check, String text) {
        Criterion c = check instanceof Within w ? w.part() : check;
        return c instanceof PriorTherapyCheck && isDose(text);
    }

    /** Where a dose starting at {@code from} ends (the closing bracket included), or -1 when none starts there. */
    public static int doseEnd(String text, int from) {
        Matcher m = DOSE.matcher(text).region(from, Math.min(text.length(), from + 200));
        return m.lookingAt() && DIGIT.matcher(m.group()).find() ? m.end() : -1;
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
}
