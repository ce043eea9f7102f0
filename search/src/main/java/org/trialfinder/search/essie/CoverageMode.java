package org.trialfinder.search.essie;

import java.util.Locale;
import java.util.Optional;

/** {@code COVERAGE[…]}: how much of a field value a term must cover. Default {@link #CONTAINS}. */
public enum CoverageMode {
    /** The term is the whole field value. */
    FULL_MATCH("FullMatch"),
    /** The field value starts with the term. */
    STARTS_WITH("StartsWith"),
    /** The field value ends with the term. */
    ENDS_WITH("EndsWith"),
    /** The term appears anywhere in the field value. */
    CONTAINS("Contains");

    private final String text;

    CoverageMode(String text) {
        this.text = text;
    }

    /** The spelling ClinicalTrials.gov documents, e.g. {@code FullMatch}. */
    public String text() {
        return text;
    }

    /** The mode spelled {@code name}, case-insensitively. */
    public static Optional<CoverageMode> parse(String name) {
        for (CoverageMode m : values()) {
            if (m.text.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** {@code FullMatch, StartsWith, EndsWith, Contains}. */
    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (CoverageMode m : values()) sb.append(sb.isEmpty() ? "" : ", ").append(m.text);
        return sb.toString();
    }
}
