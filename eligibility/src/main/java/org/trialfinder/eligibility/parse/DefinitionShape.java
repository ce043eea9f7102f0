package org.trialfinder.eligibility.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.split.Section;

/**
 * "Heart failure (LVEF ≤ 30%)": a name and its definition in parentheses. A shape the facade tries before reading
 * the item left to right: empty when the item is not of this shape or neither part stands for it.
 */
final class DefinitionShape {

    private DefinitionShape() {}

    static Optional<Criterion> read(String text, Section section) {
        return Optional.ofNullable(definedInParentheses(text, section));
    }

    private static final Pattern NAME_AND_DEFINITION = Pattern.compile(
            "^\\s*(?<name>[^()]{2,80}?)\\s*\\((?<def>[^()]*(?:\\([^()]*\\)[^()]*)*)\\)(?<rest>[^()]*)$");
    private static final Pattern PERMISSIVE = Pattern.compile(
            "(?i)\\b(?:unless|except|other\\s+than|allowed|permitted|eligible|may|can|if|provided|but|not|no|excluding|only|without)\\b"
                    // an alternative offered in the brackets ("(or ≤ 5 × ULN …)"), not an "or" between the values that
                    // define the name ("(systolic > 150 mmHg and/or diastolic > 100 mmHg)")
                    + "|^\\s*or\\b");
    private static final Pattern OR = Pattern.compile("(?i)\\bor\\b");
    /** A name saying its course is not controlled, which the values in its brackets define. */
    private static final Pattern NOT_CONTROLLED =
            Pattern.compile("(?i)\\b(?:uncontroll?ed|inadequately\\s+controlled|poorly\\s+controlled)\\b");

    /**
     * An item written as a name with its definition in parentheses: the definition, when fully read,
     * says exactly what the name means ("Impaired kidney function (creatinine &gt; 2.5 mg/dL)"); a fully
     * read name stands when the parentheses only describe it ("Uncontrolled hypertension (systolic &gt; 150
     * mmHg …)"). Never when the parentheses restrict or permit ("unless", "except", "may").
     */
    private static Criterion definedInParentheses(String text, Section section) {
        Matcher m = NAME_AND_DEFINITION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        if (!ElementReader.fillerOnly(text, m.start("rest"), m.end("rest"), section)) {
            return null;
        }
        Criterion def =
                StretchReader.read(text, m.start("def"), m.end("def"), section).treeOrNull();
        Criterion name = StretchReader.read(text, m.start("name"), m.end("name"), section)
                .treeOrNull();
        // a name whose logic could not be read ("primary immunodeficiency or active HIV") is not a mere name
        boolean nameUnread = (name == null || !name.computable()) && readsAny(text, m.start("name"), m.end("name"));
        if (def != null
                && def.computable()
                && !def.partlyNotComputable()
                && !nameUnread
                && !BracketQualifier.negated(m.group("name"))
                && (name == null || !name.computable() || name instanceof DiagnosisCheck)) {
            return def;
        }
        if (name != null
                && name.computable()
                && !name.partlyNotComputable()
                && !BracketQualifier.narrows(name, m.group("def"))
                && !PERMISSIVE.matcher(m.group("def")).find()
                // "or" between the values is theirs only when they define the name's lack of control
                && (!OR.matcher(m.group("def")).find()
                        || NOT_CONTROLLED.matcher(m.group("name")).find())
                && (def == null || !def.computable())) {
            return name;
        }
        return null;
    }

    /** Whether any check is recognised in a stretch of the text. */
    private static boolean readsAny(String text, int from, int to) {
        return Recognizer.tokens(text).stream()
                .anyMatch(t -> t.start() >= from
                        && t.end() <= to
                        && (t instanceof Token.Atom a && a.criterion().computable() || t instanceof Token.Labs));
    }
}
