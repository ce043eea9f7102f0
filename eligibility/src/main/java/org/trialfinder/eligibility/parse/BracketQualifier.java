package org.trialfinder.eligibility.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.Within;

/**
 * Words in brackets after a fully read check usually describe it ("QTcF &gt; 500 msec (based on the average
 * of 3 ECGs)", "creatinine clearance ≥ 45 mL/min (Cockcroft-Gault)"), and the check stands alone. Some add a
 * condition the check does not say: a qualifier ("WBC &gt; 50,000/µL (uncontrollable with cytoreductive
 * therapy)"), a further requirement with its own verb ("Pregnant or nursing women (women of reproductive
 * potential have to agree to use … contraception …)"), a note that allows exceptions, the study part it is
 * for, or a dose or duration after a therapy ("corticosteroids (&gt; 2 years &gt; 5 mg prednisolone
 * equivalent/d)"). Then the check alone would be stronger than the text.
 */
final class BracketQualifier {

    private BracketQualifier() {}

    private static final Pattern NARROWING = Pattern.compile(
            "(?i)\\b(?:uncontroll(?:ed|able)|untreated|severe|serious|symptomatic|refractory|resistant|persistent"
                    + "|requir(?:e|es|ed|ing)|despite|must|should|shall|have\\s+to|has\\s+to|needs?\\s+to|agrees?"
                    + "|note|considered|individual\\s+basis|case[\\s-]by[\\s-]case|part|cohort|arm|phase|only"
                    // the people it is stated for ("ejection fraction at least 50% (for patients over age 40)")
                    + "|for\\s+(?:patients|subjects|participants|those|women|men|females|males|people|children)"
                    + "|over\\s+(?:the\\s+)?age|under\\s+(?:the\\s+)?age)\\b");
    /**
     * A kind, a degree or a course of the condition or therapy named ("diabetes mellitus (type 1 and type 2,
     * decompensation)", "heart failure (poorly controlled)", "angina (Braunwald class 3)"); beside a lab or a
     * score such words describe how it is graded ("platelets ≥ 100,000/mm³ (CTCAE grade 0-1)").
     */
    private static final Pattern KIND_OR_COURSE = Pattern.compile(
            "(?i)\\b(?:types?|class|grade|stage|decompensat\\w*|poorly|controlled|active|acute|chronic|unstable"
                    + "|recurrent|progressive|advanced|recent|current(?:ly)?|lown|braunwald)\\b");

    /**
     * A number of years, months, weeks, days or hours: a time the named condition or therapy is limited to
     * ("myocardial infarction (&lt;1 year from inclusion)").
     */
    private static final Pattern TIME =
            Pattern.compile("(?i)\\d\\s*(?:-\\s*)?(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|h|d|a)\\b");

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static final Pattern NEGATION =
            Pattern.compile("(?i)\\b(?:no|not|non|without|never|absence|absent|free|none|neither|nor)\\b");

    /**
     * Whether the words before the brackets negate what they name: "no contraindication to PET scan (pregnancy
     * and breast-feeding)" is not the definition in its brackets but its negation, which a name left unread
     * cannot carry.
     */
    static boolean negated(String name) {
        return NEGATION.matcher(name).find();
    }

    /**
     * "At least 18 years of age (or country's legal age of majority if the legal age was &gt; 18 years)": an
     * alternative offered in brackets under a condition replaces the limit for the patients it names. Unread,
     * it may be stricter or looser than the limit, so neither the limit met nor the limit failed decides.
     */
    private static final Pattern CONDITIONAL_ALTERNATIVE =
            Pattern.compile("(?i)\\(\\s*or\\b[^()]*\\b(?:if|when|where|in\\s+case)\\b[^()]*\\)");

    private static final Pattern GILBERT = Pattern.compile("(?i)gilbert");

    /** Whether an unread alternative of the tree holds such a conditional alternative in brackets. */
    static boolean unreadConditionalAlternative(Criterion c, String text) {
        if (!(c instanceof Or or)) {
            return false;
        }
        Matcher m = CONDITIONAL_ALTERNATIVE.matcher(text);
        while (m.find()) {
            if (GILBERT.matcher(m.group()).find()) {
                continue; // a Gilbert's syndrome allowance only ever relaxes the limit (GilbertAllowance)
            }
            for (Criterion p : or.parts()) {
                if (p instanceof NotComputable nc
                        && nc.span().start() < m.end()
                        && m.start() < nc.span().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the bracketed words narrow the check read before them. */
    static boolean narrows(Criterion name, String bracketed) {
        // a time or a grade beside a condition is one the check alone does not say ("myocardial infarction (<1 year
        // from inclusion)", "ventricular arrhythmia (≥ Lown III)"); limits of a lab beside it usually define it
        // ("uncontrolled hypertension (systolic blood pressure > 150 mmHg)"), as they do beside a lab or a score
        return NARROWING.matcher(bracketed).find()
                || DIGIT.matcher(bracketed).find() && namesTherapy(name)
                || (TIME.matcher(bracketed).find()
                                || KIND_OR_COURSE.matcher(bracketed).find())
                        && (namesTherapy(name) || namesCondition(name));
    }

    private static boolean namesCondition(Criterion c) {
        return switch (c) {
            case DiagnosisCheck d -> true;
            case Within w -> namesCondition(w.part());
            case Not n -> namesCondition(n.part());
            case And a -> a.parts().stream().anyMatch(BracketQualifier::namesCondition);
            case Or o -> o.parts().stream().anyMatch(BracketQualifier::namesCondition);
            default -> false;
        };
    }

    private static boolean namesTherapy(Criterion c) {
        return switch (c) {
            case PriorTherapyCheck t -> true;
            case Within w -> namesTherapy(w.part());
            case Not n -> namesTherapy(n.part());
            case And a -> a.parts().stream().anyMatch(BracketQualifier::namesTherapy);
            case Or o -> o.parts().stream().anyMatch(BracketQualifier::namesTherapy);
            default -> false;
        };
    }
}
