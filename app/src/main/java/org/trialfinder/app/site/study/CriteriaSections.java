package org.trialfinder.app.site.study;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.split.CriteriaHeading;
import org.trialfinder.eligibility.split.CriteriaSplitter;
import org.trialfinder.model.text.TextSpan;

/**
 * The trial page's inclusion and exclusion parts of ClinicalTrials.gov's one eligibility text, cut
 * at the heading lines the pre-screener's {@link CriteriaSplitter} finds, so the page and the
 * pre-screener agree on where "Exclusion" starts. Each part is the record's own markdown between
 * two headings. Nothing is dropped: text before the first heading is a {@link
 * CriteriaSection.Kind#GENERAL} part, and a text without any heading is one general part.
 */
public final class CriteriaSections {

    private CriteriaSections() {}

    public static List<CriteriaSection> of(String criteria) {
        if (criteria == null || criteria.isBlank()) {
            return List.of();
        }
        List<CriteriaSection> sections = new ArrayList<>();
        List<CriteriaHeading> headings = CriteriaSplitter.split(criteria).headings();
        int firstHeading = headings.isEmpty()
                ? criteria.length()
                : headings.getFirst().span().start();
        String before = criteria.substring(0, firstHeading).strip();
        if (!before.isEmpty()) {
            sections.add(new CriteriaSection(CriteriaSection.Kind.GENERAL, null, before));
        }
        for (int i = 0; i < headings.size(); i++) {
            CriteriaHeading heading = headings.get(i);
            TextSpan span = heading.span();
            int end = i + 1 < headings.size() ? headings.get(i + 1).span().start() : criteria.length();
            sections.add(new CriteriaSection(
                    CriteriaSection.Kind.of(heading.section()),
                    heading.text(),
                    criteria.substring(span.end(), end).strip()));
        }
        return List.copyOf(sections);
    }
}
