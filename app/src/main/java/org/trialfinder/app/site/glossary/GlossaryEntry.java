package org.trialfinder.app.site.glossary;

import java.util.List;

/**
 * One glossary term: its anchor {@code id} (what trial-page headings link to), the term, a plain
 * definition, and the words it covers one by one (each status word, each phase, …), each with its
 * own anchor.
 */
public record GlossaryEntry(String id, String term, String definition, List<Word> words) {
    public GlossaryEntry {
        words = List.copyOf(words);
    }

    /** A value of the term: "Phase 2", "Enrolling"; anchored as {@code <entry id>-<slug of word>}. */
    public record Word(String id, String word, String definition) {}
}
