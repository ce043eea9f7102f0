package org.trialfinder.app.site.patient;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.eligibility.rank.RankedTrial;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.eligibility.service.Matching;
import org.trialfinder.eligibility.service.PlaceQuery;

/**
 * The "Find trials for a patient" page: the forms (with what was typed), a problem to show, or the
 * ranking: what was read, the conditions and place searched, the note's words searched besides them
 * (where the note named no condition the reader recognises), and each trial with its verdict.
 */
public record FindView(
        FormState form,
        String problem,
        boolean searched,
        String readFrom,
        List<String> facts,
        List<String> warnings,
        List<String> conditions,
        List<String> words,
        String place,
        List<Row> trials,
        String counts) {

    /** One trial of the ranking. */
    public record Row(
            String nctId,
            String title,
            String verdictCode,
            String verdictWords,
            String coverage,
            List<String> failed,
            List<String> missing) {}

    static FindView empty() {
        return new FindView(
                FormState.EMPTY, null, false, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null);
    }

    static FindView of(Map<String, List<String>> form, Matching m, Optional<PlaceQuery> searchedPlace, String problem) {
        FormState state = new FormState(form);
        if (m == null) {
            return new FindView(
                    state, problem, false, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null);
        }
        List<Row> rows = m.trials().stream().map(FindView::row).toList();
        String place = searchedPlace
                .map(p -> "within " + p.radiusText() + " of " + p.text())
                .orElse(null);
        Map<Verdict, Integer> c = m.counts();
        String counts = c.get(Verdict.ELIGIBLE) + " eligible, " + c.get(Verdict.POSSIBLY_ELIGIBLE)
                + " possibly eligible, " + c.get(Verdict.NOT_ELIGIBLE) + " not eligible";
        return new FindView(
                state,
                null,
                true,
                m.patient().kind().words(),
                ReadFacts.of(m.patient().profile()),
                m.patient().warnings(),
                m.conditions(),
                m.patient().searchPhrases().stream()
                        .filter(w -> !m.conditions().contains(w))
                        .toList(),
                place,
                rows,
                counts);
    }

    private static Row row(RankedTrial t) {
        var s = t.summary();
        return new Row(
                t.nctId(),
                t.title() == null ? t.nctId() : t.title(),
                code(s.verdict()),
                s.verdict().words(),
                CoverageWords.of(s.coverage()),
                s.failedCriteria(),
                s.missingFacts());
    }

    static String code(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
