package org.trialfinder.store.opensearch.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.trialfinder.search.Facet;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;
import org.trialfinder.search.fields.SortablePieces;

/**
 * The settings and mapping of a study index, written from the field catalog (every leaf piece, by its type),
 * the facets, the sortable list counts and the browse dimensions: the same tables the embedded store's
 * documents are built from, so there is no second list of fields to keep.
 *
 * <p>Analysis matches the embedded store's: words are cut by the standard tokenizer, lose an English
 * possessive, are lowercased and ASCII-folded ("Sjögren" = "sjogren"), then stemmed with KStem for the stemmed
 * family; whole values are one folded term. MeSH synonyms and abbreviations are not in the analyzers: as in the
 * embedded store, the query side adds a phrase's other names ({@code Synonyms}) at query time, so a thesaurus
 * update needs no reindex. Everything used here ships in OpenSearch's bundled {@code analysis-common} module.
 */
public final class IndexMapping {
    /**
     * Bumped whenever the mapping or what is indexed changes; kept in the mapping's {@code _meta} so an index
     * written by another Trialfinder version is recognised and rebuilt instead of misread.
     */
    public static final int SCHEMA_VERSION = 1;

    /** The {@code _meta} key of {@link #SCHEMA_VERSION}. */
    public static final String SCHEMA_KEY = "trialfinderSchema";
    /** The {@code _meta} key holding the store metadata committed with the data. */
    public static final String METADATA_KEY = "trialfinderMetadata";

    /** Keeps a phrase from matching across two values of a multi-valued field (two conditions), as embedded. */
    public static final int VALUE_GAP = 100;

    public static final String STEMMED_ANALYZER = "tf_stemmed";
    public static final String WORDS_ANALYZER = "tf_words";
    public static final String EXACT_ANALYZER = "tf_exact";
    /** Site words are folded by {@link SiteWords} before indexing and matched as they are. */
    public static final String SITE_ANALYZER = "tf_site";

    /** Open-valued pieces whose values are counted as facets (countries: "trials by location"). */
    public static final List<String> COUNTED_TEXT_PIECES = List.of("LocationCountry");

    /** Whole-value terms longer than this are not indexed exactly (the embedded store's bound). */
    public static final int MAX_EXACT_CHARS = 1000;

    /** Deepest position a browse page may reach: a bound on the work one request can ask for. */
    public static final int MAX_WINDOW = 100_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexMapping() {}

    /** The leaf pieces that get searchable fields: every leaf of the catalog but geo points (sites carry those). */
    public static List<FieldDef> indexedLeaves(FieldCatalog catalog) {
        return catalog.leaves().stream()
                .filter(f -> f.type() != FieldType.GEO_POINT)
                .toList();
    }

    /** The pieces counted as facets of an enum or boolean piece. */
    public static Set<String> facetPieces() {
        return Arrays.stream(Facet.values()).map(Facet::piece).collect(Collectors.toSet());
    }

    /**
     * The body of a create-index request: settings with the analyzers and the mapping.
     *
     * @param attachmentNames the {@link org.trialfinder.store.StudyAttachment} names whose bytes are kept
     */
    public static ObjectNode createIndexBody(int shards, int replicas, List<String> attachmentNames) {
        ObjectNode body = JSON.createObjectNode();
        body.set("settings", settings(shards, replicas));
        body.set("mappings", mappings(FieldCatalog.standard(), attachmentNames));
        return body;
    }

    static ObjectNode settings(int shards, int replicas) {
        ObjectNode s = JSON.createObjectNode();
        ObjectNode index = s.putObject("index");
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        // every catalog leaf is searchable (AREA[Piece]): ~1,500 fields, above OpenSearch's default bound of 1,000
        index.putObject("mapping").putObject("total_fields").put("limit", 10_000);
        // refreshes are explicit (a commit): a bulk load does not pay for periodic ones
        index.put("refresh_interval", "-1");
        // browse pages reach this deep (the embedded store's bound, LuceneStudyBrowse.MAX_WINDOW)
        index.put("max_result_window", MAX_WINDOW);
        // a bulk load does not wait for an fsync per request; a commit flushes (StudyIndices.refresh), so what a
        // commit published is on disk before the alias moves onto it
        index.putObject("translog").put("durability", "async");
        ObjectNode analysis = s.putObject("analysis");
        analysis.putObject("filter")
                .putObject("tf_possessive")
                .put("type", "stemmer")
                .put("language", "possessive_english");
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzers.set(STEMMED_ANALYZER, custom("standard", "tf_possessive", "lowercase", "asciifolding", "kstem"));
        analyzers.set(WORDS_ANALYZER, custom("standard", "tf_possessive", "lowercase", "asciifolding"));
        // whole values longer than MAX_EXACT_CHARS are not indexed exactly (as in the embedded store, whose
        // document builder skips them; Lucene refuses terms over 32 KB)
        ((ObjectNode) analysis.get("filter"))
                .putObject("tf_exact_length")
                .put("type", "length")
                .put("min", 1)
                .put("max", MAX_EXACT_CHARS);
        analyzers.set(EXACT_ANALYZER, custom("keyword", "lowercase", "asciifolding", "tf_exact_length"));
        analyzers.set(SITE_ANALYZER, custom("whitespace"));
        return s;
    }

    private static ObjectNode custom(String tokenizer, String... filters) {
        ObjectNode a = JSON.createObjectNode();
        a.put("type", "custom");
        a.put("tokenizer", tokenizer);
        ArrayNode f = a.putArray("filter");
        for (String x : filters) {
            f.add(x);
        }
        return a;
    }

    static ObjectNode mappings(FieldCatalog catalog, List<String> attachmentNames) {
        ObjectNode m = JSON.createObjectNode();
        // a field this class does not declare is a bug: refuse it instead of guessing a type for it
        m.put("dynamic", "strict");
        m.putObject("_meta").put(SCHEMA_KEY, SCHEMA_VERSION);
        ObjectNode p = m.putObject("properties");

        keyword(p, IndexFieldNames.ID);
        keyword(p, IndexFieldNames.ALIAS);
        type(p, IndexFieldNames.LAST_UPDATE, "long");
        type(p, IndexFieldNames.FORM, "byte");
        notIndexed(p, IndexFieldNames.CONTENT_HASH, "long");
        notIndexed(p, IndexFieldNames.SOURCE_HASH, "long");
        binary(p, IndexFieldNames.RECORD);
        binary(p, IndexFieldNames.DERIVED_GEO);
        binary(p, IndexFieldNames.SUMMARY);
        notIndexed(p, IndexFieldNames.JSON_BYTES, "integer");
        for (String name : attachmentNames) {
            binary(p, IndexFieldNames.attachment(name));
        }
        keyword(p, IndexFieldNames.STATUS);
        keyword(p, IndexFieldNames.PHASE);
        keyword(p, IndexFieldNames.STUDY_TYPE);
        keyword(p, IndexFieldNames.COUNTRY);
        keyword(p, IndexFieldNames.PRESENT);

        Set<String> facets = facetPieces();
        for (FieldDef field : indexedLeaves(catalog)) {
            String piece = field.piece();
            switch (field.type()) {
                case TEXT, MARKUP -> {
                    // a text value is sent once, in the stemmed field, and copied into the others by the node:
                    // a third of the bytes per document on the wire and in _source
                    ObjectNode stemmed = text(p, IndexFieldNames.stemmed(piece), STEMMED_ANALYZER);
                    ArrayNode copies = stemmed.putArray("copy_to").add(IndexFieldNames.words(piece));
                    text(p, IndexFieldNames.words(piece), WORDS_ANALYZER);
                    if (field.type() == FieldType.TEXT) {
                        copies.add(IndexFieldNames.exact(piece));
                        // one term per value, matched by term, prefix and wildcard queries, never as a phrase
                        type(p, IndexFieldNames.exact(piece), "text")
                                .put("analyzer", EXACT_ANALYZER)
                                .put("index_options", "freqs");
                    }
                    if (COUNTED_TEXT_PIECES.contains(piece)) {
                        keyword(p, IndexFieldNames.facet(piece));
                    }
                }
                case ENUM, BOOLEAN -> {
                    keyword(p, IndexFieldNames.exact(piece));
                    if (facets.contains(piece)) {
                        keyword(p, IndexFieldNames.facet(piece));
                    }
                }
                case DATE -> type(p, IndexFieldNames.point(piece), "long");
                case INTEGER, NUMBER, AGE -> type(p, IndexFieldNames.point(piece), "double");
                default -> throw new IllegalStateException("no index field for " + field.type() + " " + piece);
            }
            if (field.isRepeated()) {
                type(p, IndexFieldNames.size(piece), "integer");
            }
        }
        for (FieldDef list : catalog.all()) {
            if (list.isRepeated()) {
                notIndexed(p, IndexFieldNames.listSize(list.piece()), "integer");
            }
        }
        for (FieldDef list : SortablePieces.standard().countedLists()) {
            type(p, IndexFieldNames.sort(SortablePieces.countName(list)), "integer");
        }
        for (BrowseDimension d : BrowseDimension.values()) {
            keyword(p, IndexFieldNames.browseKey(d));
            keyword(p, IndexFieldNames.browseCount(d));
            keyword(p, IndexFieldNames.browseRecruiting(d));
        }
        type(p, IndexFieldNames.BROWSE_ORDER, "byte");

        type(p, IndexFieldNames.GEO, "geo_point");
        ObjectNode sites = p.putObject(IndexFieldNames.SITES);
        sites.put("type", "nested");
        ObjectNode sp = sites.putObject("properties");
        type(sp, "index", "integer");
        type(sp, "geo", "geo_point");
        for (String piece : IndexFieldNames.SITE_PIECES) {
            text(sp, piece, SITE_ANALYZER);
        }
        return m;
    }

    /** Puts {@code field} (dotted names become nested object properties) with its definition. */
    private static ObjectNode put(ObjectNode properties, String dottedName) {
        String[] parts = dottedName.split("\\.");
        ObjectNode at = properties;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode existing = at.get(parts[i]);
            ObjectNode object = existing instanceof ObjectNode o ? o : at.putObject(parts[i]);
            at = object.has("properties") ? (ObjectNode) object.get("properties") : object.putObject("properties");
        }
        if (at.has(parts[parts.length - 1])) {
            throw new IllegalStateException("field " + dottedName + " declared twice");
        }
        return at.putObject(parts[parts.length - 1]);
    }

    private static ObjectNode type(ObjectNode properties, String name, String type) {
        return put(properties, name).put("type", type);
    }

    private static void keyword(ObjectNode properties, String name) {
        type(properties, name, "keyword");
    }

    private static void notIndexed(ObjectNode properties, String name, String type) {
        type(properties, name, type).put("index", false);
    }

    private static void binary(ObjectNode properties, String name) {
        type(properties, name, "binary");
    }

    private static ObjectNode text(ObjectNode properties, String name, String analyzer) {
        return type(properties, name, "text").put("analyzer", analyzer).put("position_increment_gap", VALUE_GAP);
    }
}
