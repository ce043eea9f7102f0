package org.trialfinder.eligibility.screen;

import java.util.List;

/**
 * One patient against one trial.
 *
 * @param verdict eligible / not eligible / possibly eligible
 * @param failed the criteria that make the patient not eligible: an inclusion not met, an exclusion met
 * @param missingFacts what the profile would need to decide the unknown criteria
 * @param notComputable criteria that could not be read into checks, left to the trial team: a person must
 *     judge them (they never make a patient not eligible; the medical ones keep the answer from "eligible")
 * @param defaultsUsed reference-range defaults relied on
 * @param criteria every criterion's result, in order
 * @param coverage how many criteria were decided, unknown, not read or procedural (for a trial with patient
 *     groups: those of the group that fits best, and the criteria for everyone)
 * @param groups for a trial whose criteria are written per patient group (cohorts, arms, parts): how the
 *     patient fares in each; the verdict is the best group's. Empty for other trials.
 */
public record ScreeningResult(
        String nctId,
        Verdict verdict,
        List<CriterionResult> failed,
        List<String> missingFacts,
        List<CriterionResult> notComputable,
        List<String> defaultsUsed,
        List<CriterionResult> criteria,
        Coverage coverage,
        List<GroupVerdict> groups) {
    public ScreeningResult {
        failed = List.copyOf(failed);
        missingFacts = List.copyOf(missingFacts);
        notComputable = List.copyOf(notComputable);
        defaultsUsed = List.copyOf(defaultsUsed);
        criteria = List.copyOf(criteria);
        groups = List.copyOf(groups);
    }
}
