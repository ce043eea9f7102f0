package org.trialfinder.store.opensearch.index;

import java.util.List;
import java.util.Locale;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.fields.EnumKey;
import org.trialfinder.store.StudyAttachment;

/**
 * Names of the fields of one study document in the OpenSearch index, one family per catalog piece: the
 * prefix says how the piece's values are indexed (the same families as the embedded store's, so both
 * engines' query translations read alike). A dot makes an object path in OpenSearch ({@code s.BriefTitle}
 * is field {@code BriefTitle} of object {@code s}), which keeps each family one object in the mapping.
 */
public final class IndexFieldNames {
    /** Stemmed, folded words with positions (phrases, relevance). */
    public static final String STEMMED = "s.";
    /** Unstemmed folded words ({@code EXPANSION[None]}). */
    public static final String WORDS = "w.";
    /** The whole value: folded text (one term) for text pieces, the enum key for enum and boolean pieces. */
    public static final String EXACT = "e.";
    /** Dates (epoch days), numbers and ages (days) as one numeric field: ranges, and sorts through doc values. */
    public static final String POINT = "p.";
    /** List counts ({@code NumArmGroups}…), for sorting. */
    public static final String SORT = "o.";
    /** Facet values as keywords, for counting options over a result set. */
    public static final String FACET = "f.";
    /** Number of values of a list piece, for {@code AREA[Piece:size]}. */
    public static final String SIZE = "z.";
    /** Size of every list of the catalog (structures too), for {@code /stats/field/sizes}. */
    public static final String LIST_SIZE = "listSize.";
    /** Pieces a study has at least one value of, for {@code MISSING}. */
    public static final String PRESENT = "present";

    /** One nested object per site of {@code contactsLocationsModule.locations}. */
    public static final String SITES = "sites";
    /** A site's position in {@code contactsLocationsModule.locations}. */
    public static final String SITE_INDEX = SITES + ".index";
    /** A site's coordinates, given or derived. */
    public static final String SITE_GEO = SITES + ".geo";
    /**
     * Every site's coordinates on the study itself, for {@code geoDecay} (a score function of the nearest site's
     * distance, which a nested field cannot feed); the same points as {@link #SITE_GEO}.
     */
    public static final String GEO = "geo";
    /** The location pieces a site's words are searched in by {@code SEARCH[Location]}. */
    public static final List<String> SITE_PIECES = List.of(
            "LocationFacility", "LocationCity", "LocationState", "LocationZip", "LocationCountry", "LocationStatus");

    /** NCT id: lookups, the tie-breaker of every sort. */
    public static final String ID = "id";
    /** Every {@code nctIdAliases} entry. */
    public static final String ALIAS = "alias";
    /** {@code lastUpdatePostDate} as epoch day ({@link Long#MIN_VALUE} when absent). */
    public static final String LAST_UPDATE = "lastUpdate";
    /** {@link org.trialfinder.store.SourceForm} ordinal: breaks ties between versions of the same date. */
    public static final String FORM = "form";
    /** First 8 bytes of the SHA-256 of the stored content, to tell "unchanged" from "updated". */
    public static final String CONTENT_HASH = "contentHash";
    /** Fingerprint of the input a study was made from (0 when unknown). */
    public static final String SOURCE_HASH = "sourceHash";
    /** The record's JSON bytes exactly as they came, base64 in {@code _source}, never indexed. */
    public static final String RECORD = "record";
    /** Derived site coordinates ({@link org.trialfinder.store.DerivedGeoPoint} list as JSON bytes), never indexed. */
    public static final String DERIVED_GEO = "derivedGeo";
    /** {@link org.trialfinder.search.summary.StudySummaryCodec} bytes of the list row, never indexed. */
    public static final String SUMMARY = "summary";
    /** Length in bytes of the stored record ({@code /stats/size}). */
    public static final String JSON_BYTES = "jsonBytes";

    /** Store statistics' dimensions, each {@link #NONE} when the study has no value. */
    public static final String STATUS = "stat.status";

    public static final String PHASE = "stat.phase";
    public static final String STUDY_TYPE = "stat.studyType";
    public static final String COUNTRY = "stat.country";
    /** Value counted when a study has no phase, status, study type or country. */
    public static final String NONE = "(none)";

    /** Browse keys, per dimension, for listing a key's trials. */
    public static final String BROWSE_KEY = "b.k.";
    /** Browse keys with their names ({@code key}, unit separator, {@code name}), for counting. */
    public static final String BROWSE_COUNT = "b.c.";
    /** Browse keys where the study is recruiting, for counting the recruiting ones. */
    public static final String BROWSE_RECRUITING = "b.r.";
    /** 0 for an open study (recruiting or not yet recruiting), 1 otherwise. */
    public static final String BROWSE_ORDER = "b.order";
    /** Between a browse key and its name in {@link #BROWSE_COUNT} values (slugs never contain it). */
    public static final char BROWSE_SEPARATOR = '\u001f';

    /** Bytes a {@link org.trialfinder.store.StudyAttachment} derived, by its name. */
    public static final String ATTACHMENT = "attachment.";

    private IndexFieldNames() {}

    /**
     * The form enum and boolean values are indexed and queried in (as the embedded store): lowercase letters and
     * digits only, so "Not yet recruiting" and "NOT_YET_RECRUITING" meet; yes/no are true/false.
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

    public static String listSize(String piece) {
        return LIST_SIZE + piece;
    }

    /** A site's words of one location piece: {@code sites.LocationCity}. */
    public static String site(String piece) {
        return SITES + "." + piece;
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

    /** The field of an attachment's bytes by its {@link #attachmentKey key} (or a bare name). */
    public static String attachment(String key) {
        return ATTACHMENT + key.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /**
     * An attachment's name and version, which name the field its bytes are kept in: bytes another version derived (the
     * compiled criteria of another parser) are then never read as this version's, and a copy into a new index leaves
     * them behind ({@code StudyIndices.copy}); such a study reads as having no bytes, as the seam allows.
     */
    public static String attachmentKey(StudyAttachment attachment) {
        return attachment.name() + ".v" + attachment.version();
    }
}
