package org.trialfinder.eligibility.screen;

import java.util.List;
import org.trialfinder.model.text.TextSpan;

/**
 * What one criterion says for the patient, and why.
 *
 * @param source "criteria" for an item of the criteria text, else the structured field ("minimumAge", "sex", …)
 * @param section "inclusion", "exclusion" or "unspecified" (structured fields count as inclusions)
 * @param index the item's index path ("3", "3.b"); the field name for structured fields
 * @param text the item as written (escapes removed)
 * @param criterion the tree in the notation
 * @param outcome met / not met / unknown / not computable
 * @param facts the patient facts used ("ANC 1200 /uL = 1.2 10*9/L")
 * @param missing the facts that would decide it
 * @param defaultsUsed reference-range defaults relied on ("ULN default 40 U/L used for ALT …")
 * @param span where, in the original criteria field, the deciding part is written (null for structured fields)
 * @param decidingText that part as written
 * @param procedural not computable and procedural (consent, willingness, availability …): for the trial team
 *     to settle, not counted against "eligible" ({@link ProceduralCriteria})
 * @param groups the patient groups it is written for ("Cohort 2"); empty when it applies to every patient
 */
public record CriterionResult(
        String source,
        String section,
        String index,
        String text,
        String criterion,
        Outcome outcome,
        List<String> facts,
        List<String> missing,
        List<String> defaultsUsed,
        TextSpan span,
        String decidingText,
        boolean procedural,
        List<String> groups) {
    public CriterionResult {
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
        defaultsUsed = List.copyOf(defaultsUsed);
        groups = List.copyOf(groups);
    }

    /** The same result, written for these patient groups. */
    CriterionResult inGroups(List<String> names) {
        return new CriterionResult(
                source,
                section,
                index,
                text,
                criterion,
                outcome,
                facts,
                missing,
                defaultsUsed,
                span,
                decidingText,
                procedural,
                names);
    }
}
