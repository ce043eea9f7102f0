package org.trialfinder.eligibility.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * "Diagnosis of X", "Histologically confirmed X": the trial's own condition, as a whole item or closing an item
 * whose start is wholly read. A shape the facade tries before reading the item left to right: empty when the
 * item is not of this shape.
 */
final class TargetConditionShape {

    private TargetConditionShape() {}

    static Optional<Criterion> read(String text, Section section) {
        return Optional.ofNullable(targetCondition(text, section));
    }

    private static final Pattern TARGET_CONDITION = Pattern.compile(
            "(?i)^\\s*(?:(?:patients?|participants?|subjects?)\\s+(?:must\\s+have\\s+|with\\s+)?(?:an?\\s+)?)?"
                    + "(?:(?:an?\\s+)?(?:(?:confirmed|documented|established|current|clinical|definite)\\s+)?diagnosis\\s+of|diagnosed\\s+with"
                    + "|(?:histologically|cytologically|pathologically)(?:\\s+(?:and|or|and/or)\\s+(?:histologically|cytologically|pathologically))?\\s+(?:confirmed|documented|proven)(?:\\s+diagnosis\\s+of)?)"
                    + "\\s+(?<condition>[\\p{L}][\\p{L}'’ -]{2,60}?)\\s*[.;]?\\s*$");
    /** "…, with a definite diagnosis of X", "… with pathologically confirmed X" closing an item whose start is read. */
    private static final Pattern TARGET_CONDITION_TAIL =
            Pattern.compile("(?i)(?:,\\s*|\\s+)(?:with|who\\s+have|having)\\s+(?:an?\\s+)?"
                    + "(?:(?:(?:definite|confirmed|documented|established|clinical)\\s+)?diagnosis\\s+of"
                    + "|(?:histologically|cytologically|pathologically)(?:\\s+(?:and|or|and/or)\\s+(?:histologically|cytologically|pathologically))?\\s+(?:confirmed|documented|proven)(?:\\s+diagnosis\\s+of)?)"
                    + "\\s+(?<condition>[\\p{L}][\\p{L}'’ -]{2,60}?)\\s*[.;]?\\s*$");

    private static final Pattern NOT_A_PLAIN_CONDITION = Pattern.compile(
            "(?i)\\b(?:or|and|according|based|defined|criteria|who|with|without|that|which|by|per|as|any|other|stage|grade|history|prior|previous|suspected|possible|probable)\\b");

    /**
     * An inclusion naming the trial's condition and nothing else ("Diagnosis of benign prostatic
     * hyperplasia", "Histologically confirmed adenocarcinoma of the breast") is {@code diagnosis(COND:…)}
     * in the record's words; anything more (a stage, a list, a qualifier) is left unread.
     */
    private static Criterion targetCondition(String text, Section section) {
        if (section == Section.EXCLUSION) {
            return null;
        }
        Matcher m = TARGET_CONDITION.matcher(text);
        if (!m.matches()) {
            return conditionAfterReadStart(text, section);
        }
        String condition = m.group("condition").strip();
        if (NOT_A_PLAIN_CONDITION.matcher(condition).find()) {
            return null;
        }
        return new DiagnosisCheck(
                DiagnosisCheck.CONDITION_PREFIX + condition, new TextSpan(m.start("condition"), m.end("condition")));
    }

    /**
     * "Females with pathologically confirmed adenocarcinoma of the breast", "Males, age 18 years and older,
     * with a definite diagnosis of multiple sclerosis": the trial's condition closing an item whose start is
     * wholly read; both hold.
     */
    private static final Pattern NAMED_DIAGNOSIS = Vocabulary.words(String.join("|", Vocabulary.DIAGNOSES.values()));

    private static Criterion conditionAfterReadStart(String text, Section section) {
        Matcher m = TARGET_CONDITION_TAIL.matcher(text);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String condition = m.group("condition").strip();
        // a condition the notation has a term for is read as that term, by the run
        if (NOT_A_PLAIN_CONDITION.matcher(condition).find()
                || NAMED_DIAGNOSIS.matcher(condition).find()) {
            return null;
        }
        Criterion start = StretchReader.read(text, 0, m.start(), section).treeOrNull();
        if (start == null || !start.computable() || start.partlyNotComputable() || start instanceof Or) {
            return null;
        }
        Criterion diagnosis = new DiagnosisCheck(
                DiagnosisCheck.CONDITION_PREFIX + condition, new TextSpan(m.start("condition"), m.end("condition")));
        return Trees.join(List.of(start, diagnosis), Joint.AND, new TextSpan(0, text.length()));
    }
}
