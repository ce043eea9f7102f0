package org.trialfinder.search.fields;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a site's facility, city, state, zip, country and status are cut into words, on both sides (indexing and
 * {@code SEARCH[Location]} queries) and by every engine: lowercase, no diacritics, split on anything that is not
 * a letter or digit. Done here rather than in an engine's analyzer so the engines cut a place name identically
 * whatever their Unicode tables.
 */
public final class SiteWords {
    private SiteWords() {}

    public static List<String> of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words joined by single spaces: what the whitespace-tokenised site field holds. */
    public static String joined(String text) {
        return String.join(" ", of(text));
    }
}
