package org.trialfinder.store.lucene.index;

import java.util.Locale;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.fields.EnumKey;

/**
 * Names of the searchable fields of a study document, one family per piece: the prefix says how
 * the piece's values are indexed, so the query side can name the field from the piece alone.
 */
public final class IndexFields {
    /** Stemmed, folded words with positions (phrases, relevance). */
    public static final String STEMMED = "s.";
    /** Unstemmed folded words ({@code EXPANSION[None]}). */
    public static final String WORDS = "w.";
    /**
     * The whole value, folded: enums, ids, exact and starts-with matches (text and enum pieces only).
     * Schema 7 renamed it from {@code x.} when text values lost their positions: Lucene refuses other
     * index options under a field name an index already has, and older stores are reindexed in place.
     */
    public static final String EXACT = "e.";
    /**
     * How a text piece's whole value is indexed in {@link #EXACT}: one term per value, matched by
     * term, prefix and wildcard queries (never phrases, so no positions), scored by frequency and
     * length like the other text fields.
     */
    public static final FieldType EXACT_TEXT = exactText();
    /** Numbers (dates as epoch days, ages in days, counts) as points for ranges. */
    public static final String POINT = "p.";
    /** The first numeric value as doc values, for sorting. */
    public static final String SORT = "o.";
    /** Facet values as doc values, for counting options over a result set. */
    public static final String FACET = "f.";
    /** Number of values of a list piece, for {@code AREA[Piece:size]}. */
    public static final String SIZE = "z.";
    /** Pieces a study has at least one value of, for {@code MISSING}. */
    public static final String PRESENT = "present";
    /** Every site with coordinates (given or derived), for distance filters and sorts. */
    public static final String GEO = "geo";
    /** Marks every study document (so {@code ALL} and pure filters have something to match). */
    public static final String ALL = "all";

    /** Browse keys ({@link org.trialfinder.search.browse.BrowseKeys}) indexed for listing a key's trials. */
    public static final String BROWSE_KEY = "b.k.";
    /** Browse keys with their names as doc values ({@code key}, unit separator, {@code name}), for counting. */
    public static final String BROWSE_COUNT = "b.c.";
    /** Browse keys where the study is recruiting, as doc values, for counting the recruiting ones. */
    public static final String BROWSE_RECRUITING = "b.r.";
    /** 0 for an open study (recruiting or not yet recruiting), 1 otherwise: browse lists put open ones first. */
    public static final String BROWSE_ORDER = "b.order";
    /** Between a browse key and its name in {@link #BROWSE_COUNT} values (slugs never contain it). */
    public static final char BROWSE_SEPARATOR = '\u001f';

    /** The NCT id as sorted doc values: the tie-breaker that makes every sort a total order. */
    public static final String ID_SORT = "id";

    private IndexFields() {}

    private static FieldType exactText() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    /**
     * The form enum and boolean values are indexed and queried in: lowercase letters and digits only,
     * so "Not yet recruiting", "NOT_YET_RECRUITING" and "not-yet-recruiting" meet, as do "Phase 2" and
     * "PHASE2"; yes/no are true/false.
     */
    public static String enumKey(String text) {
        return EnumKey.of(text);
    }

    public static String stemmed(String piece) {
        return STEMMED + piece;
    }

    public static String words(String piece) {
        return WORDS + piece;
    }

    public static String exact(String piece) {
        return EXACT + piece;
    }

    public static String point(String piece) {
        return POINT + piece;
    }

    public static String sort(String piece) {
        return SORT + piece;
    }

    public static String facet(String piece) {
        return FACET + piece;
    }

    public static String size(String piece) {
        return SIZE + piece;
    }

    public static String browseKey(BrowseDimension d) {
        return BROWSE_KEY + d.name().toLowerCase(Locale.ROOT);
    }

    public static String browseCount(BrowseDimension d) {
        return BROWSE_COUNT + d.name().toLowerCase(Locale.ROOT);
    }

    public static String browseRecruiting(BrowseDimension d) {
        return BROWSE_RECRUITING + d.name().toLowerCase(Locale.ROOT);
    }
}
