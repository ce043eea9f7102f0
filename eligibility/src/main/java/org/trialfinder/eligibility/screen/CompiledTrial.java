package org.trialfinder.eligibility.screen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A trial's eligibility, parsed once: the criteria field as written, and every check (structured
 * fields first, then the items in order). Keyed by nctId and last-update date in {@link TrialCompiler}.
 *
 * @param unreadResults for each criterion, its result when nothing of it could be read (null otherwise)
 */
public record CompiledTrial(
        String nctId,
        String lastUpdate,
        String criteriaText,
        List<CompiledCriterion> criteria,
        List<CriterionResult> unreadResults) {
    public CompiledTrial {
        criteria = List.copyOf(criteria);
        unreadResults = Collections.unmodifiableList(new ArrayList<>(unreadResults));
    }

    /** A trial with the results of its unread criteria computed once (they are the same for every patient). */
    public CompiledTrial(String nctId, String lastUpdate, String criteriaText, List<CompiledCriterion> criteria) {
        this(nctId, lastUpdate, criteriaText, criteria, unread(criteriaText, criteria));
    }

    private static List<CriterionResult> unread(String text, List<CompiledCriterion> criteria) {
        ArrayList<CriterionResult> out = new ArrayList<>();
        for (CompiledCriterion c : criteria) {
            out.add(
                    c.unread()
                            ? new CriterionResult(
                                    c.source(),
                                    c.sectionWord(),
                                    c.index(),
                                    c.text(),
                                    c.notation(),
                                    Outcome.NOT_COMPUTABLE,
                                    List.of(),
                                    List.of(),
                                    List.of(),
                                    c.span(),
                                    c.span() == null || text == null || c.span().end() > text.length()
                                            ? null
                                            : c.span().of(text),
                                    ProceduralCriteria.procedural(c.tree()),
                                    List.of())
                            : null);
        }
        return Collections.unmodifiableList(out);
    }
}
