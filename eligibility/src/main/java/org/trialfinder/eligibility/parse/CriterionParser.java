package org.trialfinder.eligibility.parse;

import java.util.Optional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * Reads one criterion item's text into a {@link Criterion} tree, deterministically and without
 * guessing: what the notation can say exactly is read ({@link Recognizer}), the words between are
 * either filler ("patients with a history of"), connectors (or, and, commas), negations ("no", "non",
 * "negative") or content the notation cannot say, which becomes a {@link NotComputable} part under the
 * item's logic, so a partly read item is never stronger than its text. Ambiguous logic ("A and B or C")
 * makes the whole item not computable.
 *
 * <p>The tree says what the item states, whatever list it is in; the section only decides how a bare
 * list joins ("ANC ≥ 1.5, platelets ≥ 100" must all hold for an inclusion, and any one out of range is
 * the exclusion), how "AST/ALT" joins, and whether an item that says itself who is excluded is negated.
 *
 * <p>The stages, in order (each its own class; a stage that cannot read says why, an {@link UnreadReason} that
 * the {@link NotComputable} returned keeps):
 *
 * <ol>
 *   <li>{@link ItemBounds}: an item longer than any real criterion is not read; {@link TherapyHeading}: a
 *       heading such as "Chemotherapy:" before the item's text is blanked, not read as a check.
 *   <li>{@link SpellingNormaliser}: the spellings of real records (full-width punctuation, "lesser than or equal
 *       to", superscript exponents, …) made the ones the stages read; spans map back to the text as given.
 *   <li>{@link ItemGate}: blank items, sentences left unfinished and permissions are not read.
 *   <li>Whole-item shapes, tried in turn: {@link TargetConditionShape} ("Diagnosis of X"), {@link SubjectShape}
 *       ("Females must …"), {@link DefinitionShape} ("Heart failure (LVEF ≤ 30%)"); each reads its parts with
 *       the stretch reader below.
 *   <li>{@link StretchReader}, reading the item left to right:
 *       <ol>
 *         <li>{@link ElementReader}: the {@link Recognizer}'s tokens (and, in an exclusion, {@link
 *             MeshConditions}) and the words between as {@link Element}s (checks, labs, windows, connectors,
 *             negations, unread content);
 *         <li>{@link LiverMetastasisLimits}: lab limits for patients with and without liver metastases;
 *         <li>{@link ExampleLists}: examples under a head the notation names dropped;
 *         <li>{@link LabTrees}: lab tokens as trees;
 *         <li>{@link ClauseJoiner}: clauses at ";" and sentence ends, each read by {@link ClauseReader} (groups
 *             ({@link Group}), {@link WindowPlacement}, {@link Alternatives}, {@link ChildbearingCondition}),
 *             then joined.
 *       </ol>
 *   <li>{@link PartialReadings}: a partly read tree stands for the item only as read alternatives or with
 *       narrowing words unread ({@link BracketQualifier}, {@link GilbertAllowance} decide their cases).
 *   <li>{@link ListReader} (with {@link ListSplitter} and {@link ListLeadIn}): an item not read as a whole that
 *       holds a list is read part by part.
 *   <li>{@link ExcludingSentence}: an item closing "… are not eligible" outside an exclusion is what the patient
 *       must not have.
 * </ol>
 */
public final class CriterionParser {

    private CriterionParser() {}

    /** Parses an item whose list is not known (a bare list joins with "and"). */
    public static Criterion parse(String text) {
        return parse(text, Section.UNSPECIFIED);
    }

    /**
     * Parses an item of the given list. Never throws on any text; unreadable text is {@link NotComputable}.
     * An item too long for any real criterion is not read ({@link ItemBounds}); an item that cannot be read
     * as a whole but holds a list is read part by part ({@link ListReader}).
     */
    public static Criterion parse(String text, Section section) {
        if (text != null && text.length() > ItemBounds.MAX_CHARS) {
            return ItemBounds.tooLong(text);
        }
        String read = TherapyHeading.blank(text);
        Criterion whole = parseWhole(read, section);
        Criterion list = whole instanceof NotComputable && read != null ? ListReader.read(read, section) : null;
        return ExcludingSentence.apply(list != null ? list : whole, text, section);
    }

    /** Parses the item as a whole, without splitting a list it holds. */
    static Criterion parseWhole(String text, Section section) {
        // spans and unread texts of the tree point into the text as given, whatever spelling was read
        SpellingNormaliser.Normalised spelled = SpellingNormaliser.normalise(text);
        return spelled.original(parseSpelled(spelled.text(), section));
    }

    private static Criterion parseSpelled(String t, Section section) {
        Optional<UnreadReason> refused = ItemGate.refuse(t);
        if (refused.isPresent()) {
            return new NotComputable(t, new TextSpan(0, t.length()), refused.get());
        }
        Optional<Criterion> shape = TargetConditionShape.read(t, section)
                .or(() -> SubjectShape.read(t, section))
                .or(() -> DefinitionShape.read(t, section));
        Reading reading = shape.isPresent() ? Reading.read(shape.get()) : StretchReader.read(t, 0, t.length(), section);
        return PartialReadings.judge(reading, t);
    }
}
