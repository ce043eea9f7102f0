package org.trialfinder.eligibility.screen;

import java.util.List;
import java.util.Locale;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * One check of a trial, parsed once: a criterion item (its tree, its section and index) or a structured
 * field of the record ("minimumAge", "sex"). The tree's spans are offsets in the whole criteria field.
 *
 * @param source "criteria" or the structured field's name
 * @param text the item with its sub-items and notes, as written (escapes removed)
 * @param span where the item is in the criteria field; null for structured fields
 * @param notation the tree in the notation, printed once
 * @param sectionWord "inclusion", "exclusion" or "unspecified"
 * @param groups the patient groups it applies to, each a path of group keys ("group 2/part 1"); empty when
 *     it applies to every patient ({@link PatientGroups})
 */
public record CompiledCriterion(
        String source,
        Section section,
        String index,
        String text,
        Criterion tree,
        TextSpan span,
        String notation,
        String sectionWord,
        List<String> groups) {

    public CompiledCriterion {
        groups = List.copyOf(groups);
    }

    public CompiledCriterion(String source, Section section, String index, String text, Criterion tree, TextSpan span) {
        this(source, section, index, text, tree, span, List.of());
    }

    public CompiledCriterion(
            String source,
            Section section,
            String index,
            String text,
            Criterion tree,
            TextSpan span,
            List<String> groups) {
        this(
                source,
                section,
                index,
                text,
                tree,
                span,
                Notation.print(tree),
                section.name().toLowerCase(Locale.ROOT),
                groups);
    }

    /** Whether nothing of it could be read: its result is the same for every patient. */
    boolean unread() {
        return unread(source, tree);
    }

    static boolean unread(String source, Criterion tree) {
        return tree instanceof NotComputable && !TrialCompiler.HEALTHY_VOLUNTEERS.equals(source);
    }

    /** The field span of a node's span, or the item's span when the node has none. */
    TextSpan originalSpan(TextSpan part) {
        if (part == null || !part.known()) {
            return span;
        }
        return new TextSpan(part.start(), part.end());
    }
}
