package org.trialfinder.search.terms;

import java.util.List;

/**
 * A phrase of a text that names one or more MeSH descriptors, found by {@link
 * MeshThesaurus#findIn}.
 *
 * @param start offset of the first character of the phrase in the text
 * @param end offset just after its last character
 * @param text the phrase as written in the text ({@code text.substring(start, end)})
 * @param descriptors the descriptors it names (usually one), never empty
 * @param exact true when the phrase equals an entry term after folding; false when it matched
 *     only after plural stripping ("heart attacks" for the entry term "Heart Attack" when MeSH
 *     has no plural form)
 */
public record Match(int start, int end, String text, List<Descriptor> descriptors, boolean exact) {

    public Match {
        descriptors = List.copyOf(descriptors);
    }

    /** The first descriptor (the one whose name matched, when one did). */
    public Descriptor descriptor() {
        return descriptors.get(0);
    }
}
