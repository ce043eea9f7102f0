package org.trialfinder.app.site.patient;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.eligibility.screen.CriterionResult;
import org.trialfinder.eligibility.screen.GroupVerdict;
import org.trialfinder.eligibility.screen.Outcome;
import org.trialfinder.eligibility.screen.ScreeningResult;
import org.trialfinder.eligibility.service.EligibilityService;
import org.trialfinder.eligibility.service.Screening;
import org.trialfinder.model.NctId;

/**
 * "Check a patient" against one trial: the form (with what was typed), a problem, or the screening:
 * the verdict with what failed and what is missing, then every criterion with its outcome and the
 * patient facts that decided it.
 */
public record CheckView(
        String nctId,
        String title,
        FormState form,
        String problem,
        boolean screened,
        String verdictCode,
        String verdictWords,
        String coverage,
        List<String> groups,
        List<Row> leftToTrialTeam,
        String readFrom,
        List<String> facts,
        List<String> warnings,
        List<Row> failed,
        List<String> missing,
        List<String> defaults,
        List<Row> criteria) {

    /** One criterion's result. */
    public record Row(
            String section,
            String index,
            String text,
            String outcomeCode,
            String outcomeWords,
            boolean fails,
            boolean procedural,
            List<String> groups,
            List<String> facts,
            List<String> missing,
            List<String> defaults) {}

    static Optional<CheckView> form(EligibilityService eligibility, String nctId) {
        return titleOf(eligibility, nctId)
                .map(t -> new CheckView(
                        t[0],
                        t[1],
                        FormState.EMPTY,
                        null,
                        false,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    private static Optional<String[]> titleOf(EligibilityService eligibility, String nctId) {
        return NctId.parse(nctId) // empty when not an NCT number
                .flatMap(eligibility::trial)
                .map(s -> new String[] {s.nctId(), s.briefTitle() == null ? s.nctId() : s.briefTitle()});
    }

    static CheckView unknownTrial(String nctId, Map<String, List<String>> form) {
        return new CheckView(
                nctId,
                nctId,
                new FormState(form),
                "No trial " + nctId + " is stored here.",
                false,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    CheckView withProblem(Map<String, List<String>> typed, String message) {
        return new CheckView(
                nctId,
                title,
                new FormState(typed),
                message,
                false,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    static CheckView of(Screening s, Map<String, List<String>> form) {
        ScreeningResult r = s.result();
        return new CheckView(
                s.study().nctId(),
                s.study().briefTitle() == null ? s.study().nctId() : s.study().briefTitle(),
                new FormState(form),
                null,
                true,
                FindView.code(r.verdict()),
                r.verdict().words(),
                CoverageWords.of(r.coverage()),
                r.groups().stream().map(CheckView::group).toList(),
                r.notComputable().stream()
                        .sorted(Comparator.comparing(CriterionResult::procedural))
                        .map(CheckView::row)
                        .toList(),
                s.patient().kind().words(),
                ReadFacts.of(s.patient().profile()),
                s.patient().warnings(),
                r.failed().stream().map(CheckView::row).toList(),
                r.missingFacts(),
                r.defaultsUsed(),
                r.criteria().stream().map(CheckView::row).toList());
    }

    private static Row row(CriterionResult c) {
        return new Row(
                c.section(),
                c.index(),
                c.text(),
                c.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                c.outcome().word(),
                fails(c),
                c.procedural(),
                c.groups(),
                c.facts(),
                c.missing(),
                c.defaultsUsed());
    }

    /** "Cohort 2: not eligible (exclusion 3)". */
    private static String group(GroupVerdict g) {
        return g.group() + ": " + g.verdict().words()
                + (g.failed().isEmpty() ? "" : " (" + String.join(", ", g.failed()) + ")");
    }

    /** An inclusion not met, or an exclusion met: this criterion rules the patient out. */
    private static boolean fails(CriterionResult c) {
        return ("exclusion".equals(c.section()) && c.outcome() == Outcome.MET)
                || (!"exclusion".equals(c.section()) && c.outcome() == Outcome.NOT_MET);
    }
}
