package org.trialfinder.search.essie;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code EXPANSION[…]}: how far a term is expanded. ClinicalTrials.gov's default when no modifier is
 * given is {@link #RELAXATION} (see the reference, section 2.5).
 */
public enum ExpansionMode {
    /** Exact: no variants. */
    NONE("None"),
    /** Lexical variants (plurals, spellings). */
    TERM("Term"),
    /** Lexical variants and UMLS synonyms. */
    CONCEPT("Concept"),
    /** Also lets the words of a phrase match apart or out of order. */
    RELAXATION("Relaxation"),
    /** Also lets some words be missing. */
    LOSSY("Lossy");

    private final String text;

    ExpansionMode(String text) {
        this.text = text;
    }

    /** The spelling ClinicalTrials.gov documents, e.g. {@code Concept}. */
    public String text() {
        return text;
    }

    /** The mode spelled {@code name}, case-insensitively. */
    public static Optional<ExpansionMode> parse(String name) {
        for (ExpansionMode m : values()) {
            if (m.text.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** {@code None, Term, Concept, Relaxation, Lossy}. */
    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (ExpansionMode m : values()) sb.append(sb.isEmpty() ? "" : ", ").append(m.text);
        return sb.toString();
    }
}
