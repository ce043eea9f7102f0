package org.trialfinder.app.site.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits ClinicalTrials.gov's one eligibility text into inclusion and exclusion parts at their
 * heading lines, whose spelling varies ("Inclusion Criteria:", "INCLUSION CRITERIA", "Key
 * Inclusion Criteria", "Exclusion criteria for cohort B:", "**Exclusion Criteria:**"). Nothing is
 * dropped: text before the first heading is a {@link CriteriaSection.Kind#GENERAL} part, and a
 * text without any heading is one general part.
 */
public final class CriteriaSplitter {
    /**
     * A heading line: optional qualifier, "inclusion" or "exclusion", optional "criteria", and
     * either nothing more, a short qualifier ending with a colon, or one that starts like a
     * heading's ("- Part 1", "(Cohort 2)", "for the extension"). {@link #headingKind} then asks for
     * the word "criteria" or a colon, so an item such as "Exclusion of patients with …" is not one.
     */
    private static final Pattern HEADING = Pattern.compile(
            "(?:(?:key|main|major|general|additional|specific|study|patient|participant)\\s+)?(inclusion|exclusion)"
                    + "(?:\\s+criteri(?:a|on|as))?"
                    + "(?:\\s*:|\\s+[^:]{1,60}:|\\s*[-\u2013(][^:]{0,60}:?|\\s+(?:for|in|of)\\s[^:]{1,60}:?)?");

    private CriteriaSplitter() {}

    public static List<CriteriaSection> split(String criteria) {
        if (criteria == null || criteria.isBlank()) {
            return List.of();
        }
        List<CriteriaSection> sections = new ArrayList<>();
        CriteriaSection.Kind kind = CriteriaSection.Kind.GENERAL;
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : criteria.split("\r?\n", -1)) {
            CriteriaSection.Kind found = headingKind(line);
            if (found == null) {
                body.append(line).append('\n');
                continue;
            }
            add(sections, kind, heading, body);
            kind = found;
            heading = line.strip();
            body.setLength(0);
        }
        add(sections, kind, heading, body);
        return List.copyOf(sections);
    }

    private static void add(
            List<CriteriaSection> sections, CriteriaSection.Kind kind, String heading, StringBuilder body) {
        String text = body.toString().strip();
        if (heading != null || !text.isEmpty()) {
            sections.add(new CriteriaSection(kind, heading, text));
        }
    }

    /** The kind a line heads, or {@code null} when it is not a heading line. */
    static CriteriaSection.Kind headingKind(String line) {
        String h = normalizedHeading(line);
        if (h.isEmpty() || h.length() > 80) {
            return null;
        }
        Matcher m = HEADING.matcher(h);
        if (!m.matches()) {
            return null;
        }
        // "Inclusion" alone is a heading only with "criteria" or a colon; "exclusion" as an item's first word is not.
        boolean hasCriteriaWord = h.contains("criteri");
        boolean endsWithColon = h.endsWith(":");
        if (!hasCriteriaWord && !endsWithColon) {
            return null;
        }
        return "inclusion".equals(m.group(1)) ? CriteriaSection.Kind.INCLUSION : CriteriaSection.Kind.EXCLUSION;
    }

    /**
     * The line lower-cased without markdown decoration (emphasis, heading marks, escapes) or
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
