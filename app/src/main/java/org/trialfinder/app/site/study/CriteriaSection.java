package org.trialfinder.app.site.study;

import java.util.Locale;

/**
 * One part of a trial's eligibility criteria: which kind it is, the heading line the record used
 * for it ({@code null} for text before any heading, or a text without headings), and its markdown.
 */
public record CriteriaSection(Kind kind, String heading, String markdown) {
    public enum Kind {
        INCLUSION("Inclusion criteria", "inclusion-criteria"),
        EXCLUSION("Exclusion criteria", "exclusion-criteria"),
        /** Text that is under neither heading: shown as "Eligibility criteria". */
        GENERAL("Eligibility criteria", "eligibility-criteria");

        private final String title;
        private final String glossaryId;

        Kind(String title, String glossaryId) {
            this.title = title;
            this.glossaryId = glossaryId;
        }

        public String title() {
            return title;
        }

        public String glossaryId() {
            return glossaryId;
        }
    }

    /**
     * True when the record's heading says more than the plain title ("Inclusion Criteria for Part
     * A"), so the page shows it too rather than dropping those words.
     */
    public boolean headingSaysMore() {
        if (heading == null) {
            return false;
        }
        String h = CriteriaSplitter.normalizedHeading(heading).replaceAll(":$", "");
        return !h.equals(kind.title().toLowerCase(Locale.ROOT))
                && !h.equals(kind.name().toLowerCase(Locale.ROOT));
    }
}
