package org.trialfinder.app.site.study;

import java.util.Locale;
import org.trialfinder.eligibility.split.Section;

/**
 * One part of a trial's eligibility criteria as the trial page shows it ({@link CriteriaSections}):
 * which kind it is, the heading line the record used for it ({@code null} for text before any
 * heading, or a text without headings), and its markdown.
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

        /** The part a section of the pre-screener's split is shown as. */
        static Kind of(Section section) {
            return switch (section) {
                case INCLUSION -> INCLUSION;
                case EXCLUSION -> EXCLUSION;
                case UNSPECIFIED -> GENERAL;
            };
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
        String h = normalizedHeading(heading).replaceAll(":$", "");
        return !h.equals(kind.title().toLowerCase(Locale.ROOT))
                && !h.equals(kind.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The heading lower-cased without markdown decoration (emphasis, heading marks, escapes) or
     * surrounding space: "**Key Inclusion Criteria:**" → "key inclusion criteria:".
     */
    static String normalizedHeading(String line) {
        String s = line.strip();
        s = s.replaceAll("^#{1,6}\\s*", "");
        s = s.replace("\\", "").replace("*", "").replace("_", "").strip();
        s = s.replaceAll("\\s+", " ").replaceAll("\\s*:\\s*$", ":");
        return s.toLowerCase(Locale.ROOT);
    }
}
