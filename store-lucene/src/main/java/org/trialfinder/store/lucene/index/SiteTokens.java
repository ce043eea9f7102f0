package org.trialfinder.store.lucene.index;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.trialfinder.search.fields.SiteWords;

/**
 * The per-site field behind {@code SEARCH[Location](…)}: each site's facility, city, state, zip,
 * country and status words as {@code piece:word} tokens, sites {@link #SITE_GAP} positions apart.
 */
public final class SiteTokens {
    public static final String FIELD = "sites";
    /** Positions between two sites; conditions on one site are spans closer than this. */
    public static final int SITE_GAP = 10_000;

    private SiteTokens() {}

    /** The JSON name of a location piece: LocationCity → city. */
    static String jsonName(String piece) {
        String rest = piece.substring("Location".length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    public static String token(String piece, String word) {
        return piece.toLowerCase(Locale.ROOT) + ":" + word;
    }

    /** Folded words: lowercase, no diacritics, split on anything that is not a letter or digit. */
    public static List<String> words(String text) {
        return SiteWords.of(text);
    }

    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new WhitespaceTokenizer());
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return SITE_GAP;
            }
        };
    }
}
