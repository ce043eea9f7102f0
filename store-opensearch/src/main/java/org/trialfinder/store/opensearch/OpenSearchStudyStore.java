package org.trialfinder.store.opensearch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreStats;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyAttachment;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.opensearch.index.IndexFieldNames;
import org.trialfinder.store.opensearch.index.IndexMapping;
import org.trialfinder.store.opensearch.index.StudyIndexDocument;

/**
 * The studies on an OpenSearch cluster, read through the store's alias (see {@link StudyIndices}): every read
 * sees the last committed state, whichever Trialfinder process committed it.
 */
public final class OpenSearchStudyStore implements StudyStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<DerivedGeoPoint>> GEO_LIST = new TypeReference<>() {};
    private static final int SCROLL_PAGE = 500;

    private final OpenSearchConnection os;
    private final StudyIndices indices;
    private final StudyIndexDocument documents;
    /** Each attachment's key (its name and version) by its name. */
    private final Map<String, String> attachmentKeys;

    private OpenSearchStudyStore(
            OpenSearchConnection os,
            OpenSearchStoreSettings settings,
            MeshThesaurus mesh,
            List<StudyAttachment> attachments) {
        this.os = os;
        this.indices = new StudyIndices(os, settings);
        this.documents = new StudyIndexDocument(mesh, attachments);
        Map<String, String> keys = new LinkedHashMap<>();
        attachments.forEach(a -> keys.put(a.name(), IndexFieldNames.attachmentKey(a)));
        this.attachmentKeys = Collections.unmodifiableMap(keys);
    }

    /**
     * The store {@code settings.name()} on the cluster {@code os} talks to (empty until a first commit).
     *
     * @throws StoreException when the cluster cannot be reached, or the store's index was written by a
     *     Trialfinder version with another mapping (it says what to do)
     */
    public static OpenSearchStudyStore open(
            OpenSearchConnection os,
            OpenSearchStoreSettings settings,
            MeshThesaurus mesh,
            List<StudyAttachment> attachments) {
        OpenSearchStudyStore store = new OpenSearchStudyStore(os, settings, mesh, attachments);
        store.checkSchema();
        return store;
    }

    private void checkSchema() {
        Optional<String> current = indices.current();
        if (current.isEmpty()) {
            return;
        }
        int schema = indices.meta(current.get()).path(IndexMapping.SCHEMA_KEY).asInt(-1);
        if (schema != IndexMapping.SCHEMA_VERSION) {
            throw new StoreException("the index " + current.get() + " behind the store " + indices.alias()
                    + " was written by another Trialfinder version (mapping schema " + schema + ", this version "
                    + "reads " + IndexMapping.SCHEMA_VERSION + "): ingest the data again into a new store name,"
                    + " or delete the alias " + indices.alias() + " and its indices and ingest again");
        }
    }

    public OpenSearchConnection connection() {
        return os;
    }

    public String alias() {
        return indices.alias();
    }

    StudyIndexDocument documents() {
        return documents;
    }

    /** The keys (name and version) of the attachments this store derives, as its indices' mappings name them. */
    List<String> attachmentKeys() {
        return List.copyOf(attachmentKeys.values());
    }

    @Override
    public Optional<StoredStudy> get(String nctIdOrAlias) {
        return first(nctIdOrAlias, List.of(IndexFieldNames.ID, IndexFieldNames.RECORD, IndexFieldNames.DERIVED_GEO))
                .map(OpenSearchStudyStore::toStored);
    }

    @Override
    public Optional<String> resolveId(String nctIdOrAlias) {
        return first(nctIdOrAlias, List.of(IndexFieldNames.ID))
                .map(s -> s.path(IndexFieldNames.ID).asText());
    }

    /** The {@code _source} (these fields) of the study stored under this id or alias. */
    private Optional<JsonNode> first(String nctIdOrAlias, List<String> fields) {
        String id = nctIdOrAlias == null ? "" : nctIdOrAlias.trim().toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 2);
        body.putArray("_source")
                .addAll(fields.stream().map(JSON.getNodeFactory()::textNode).toList());
        var should = body.putObject("query").putObject("bool").putArray("should");
        should.addObject().putObject("term").put(IndexFieldNames.ID, id);
        should.addObject().putObject("term").put(IndexFieldNames.ALIAS, id);
        var reply = os.call("POST", "/" + indices.alias() + "/_search", body);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        JsonNode hits = ok(reply, "reading " + id).path("hits").path("hits");
        // the study under its own id wins over one that lists it as an alias
        for (JsonNode h : hits) {
            if (h.path("_source").path(IndexFieldNames.ID).asText().equals(id)) {
                return Optional.of(h.path("_source"));
            }
        }
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).path("_source"));
    }

    public static StoredStudy toStored(JsonNode source) {
        byte[] json =
                Base64.getDecoder().decode(source.path(IndexFieldNames.RECORD).asText());
        List<DerivedGeoPoint> derived = List.of();
        if (source.hasNonNull(IndexFieldNames.DERIVED_GEO)) {
            try {
                derived = JSON.readValue(
                        Base64.getDecoder()
                                .decode(source.path(IndexFieldNames.DERIVED_GEO).asText()),
                        GEO_LIST);
            } catch (IOException e) {
                throw new UncheckedIOException("stored derived geo points are unreadable", e);
            }
        }
        return new StoredStudy(source.path(IndexFieldNames.ID).asText(), json, derived);
    }

    private JsonNode ok(OpenSearchConnection.Reply reply, String what) {
        if (!reply.ok()) {
            throw new StoreException("OpenSearch at " + os.describe() + " failed " + what + " in the store "
                    + indices.alias() + " (HTTP " + reply.status() + "): " + reply.reason());
        }
        return reply.body();
    }

    @Override
    public long count() {
        var reply = os.call("GET", "/" + indices.alias() + "/_count");
        if (reply.status() == 404) {
            return 0;
        }
        return ok(reply, "counting").path("count").asLong();
    }

    @Override
    public void forEach(Consumer<StoredStudy> visitor) {
        scroll(
                null,
                List.of(IndexFieldNames.ID, IndexFieldNames.RECORD, IndexFieldNames.DERIVED_GEO),
                hit -> visitor.accept(toStored(hit.path("_source"))));
    }

    @Override
    public void forEachLastUpdate(BiConsumer<String, LocalDate> visitor) {
        scroll(List.of(IndexFieldNames.ID, IndexFieldNames.LAST_UPDATE), null, hit -> {
            JsonNode f = hit.path("fields");
            long day = f.path(IndexFieldNames.LAST_UPDATE).path(0).asLong(Long.MIN_VALUE);
            visitor.accept(
                    f.path(IndexFieldNames.ID).path(0).asText(),
                    day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day));
        });
    }

    @Override
    public Optional<byte[]> attachment(String nctId, String name) {
        String field = IndexFieldNames.attachment(attachmentKeys.getOrDefault(name, name));
        return first(nctId, List.of(IndexFieldNames.ID, field))
                .filter(s -> s.path(IndexFieldNames.ID).asText().equals(nctId) && s.hasNonNull(field))
                .map(s -> Base64.getDecoder().decode(s.path(field).asText()));
    }

    @Override
    public void forEachAttachment(String name, BiConsumer<String, byte[]> visitor) {
        String field = IndexFieldNames.attachment(attachmentKeys.getOrDefault(name, name));
        scroll(null, List.of(IndexFieldNames.ID, field), hit -> {
            JsonNode s = hit.path("_source");
            if (s.hasNonNull(field)) {
                visitor.accept(
                        s.path(IndexFieldNames.ID).asText(),
                        Base64.getDecoder().decode(s.path(field).asText()));
            }
        });
    }

    /**
     * Visits every study of the committed state, {@link #SCROLL_PAGE} at a time, with either doc values
     * ({@code docValues}, in {@code fields}) or {@code _source} fields: a scroll reads one snapshot whatever
     * commits happen meanwhile.
     */
    void scroll(List<String> docValues, List<String> sourceFields, Consumer<JsonNode> visitor) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", SCROLL_PAGE);
        body.putArray("sort").add("_doc");
        if (docValues != null) {
            body.put("_source", false);
            var dv = body.putArray("docvalue_fields");
            docValues.forEach(dv::add);
        } else {
            var src = body.putArray("_source");
            sourceFields.forEach(src::add);
        }
        var reply = os.call("POST", "/" + indices.alias() + "/_search", Map.of("scroll", "2m"), body);
        if (reply.status() == 404) {
            return;
        }
        JsonNode page = ok(reply, "reading every study");
        String scrollId = page.path("_scroll_id").asText(null);
        try {
            while (true) {
                JsonNode hits = page.path("hits").path("hits");
                if (hits.isEmpty()) {
                    return;
                }
                hits.forEach(visitor);
                ObjectNode next = JSON.createObjectNode().put("scroll", "2m").put("scroll_id", scrollId);
                page = ok(os.call("POST", "/_search/scroll", next), "reading every study");
                scrollId = page.path("_scroll_id").asText(scrollId);
            }
        } finally {
            if (scrollId != null) {
                os.call("DELETE", "/_search/scroll", JSON.createObjectNode().put("scroll_id", scrollId));
            }
        }
    }

    @Override
    public StoreStats stats() {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");
        for (String field : List.of(
                IndexFieldNames.STATUS, IndexFieldNames.PHASE, IndexFieldNames.STUDY_TYPE, IndexFieldNames.COUNTRY)) {
            ObjectNode terms = aggs.putObject(field).putObject("terms");
            terms.put("field", field).put("size", 10_000);
            var order = terms.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
        }
        var reply = os.call("POST", "/" + indices.alias() + "/_search", body);
        if (reply.status() == 404) {
            return new StoreStats(0, Map.of(), Map.of(), Map.of(), Map.of());
        }
        JsonNode r = ok(reply, "counting studies by status, phase, type and country");
        return new StoreStats(
                r.path("hits").path("total").path("value").asLong(),
                buckets(r, IndexFieldNames.STATUS),
                buckets(r, IndexFieldNames.PHASE),
                buckets(r, IndexFieldNames.STUDY_TYPE),
                buckets(r, IndexFieldNames.COUNTRY));
    }

    private static Map<String, Long> buckets(JsonNode reply, String agg) {
        Map<String, Long> out = new LinkedHashMap<>();
        reply.path("aggregations")
                .path(agg)
                .path("buckets")
                .forEach(
                        b -> out.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return out;
    }

    @Override
    public Optional<LocalDate> latestUpdatePostDate() {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("query")
                .putObject("range")
                .putObject(IndexFieldNames.LAST_UPDATE)
                .put("gt", Long.MIN_VALUE);
        body.putObject("aggs").putObject("latest").putObject("max").put("field", IndexFieldNames.LAST_UPDATE);
        var reply = os.call("POST", "/" + indices.alias() + "/_search", body);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        JsonNode max = ok(reply, "finding the latest update")
                .path("aggregations")
                .path("latest")
                .path("value");
        return max.isNumber() ? Optional.of(LocalDate.ofEpochDay(max.asLong())) : Optional.empty();
    }

    @Override
    public StoreMetadata metadata() {
        Optional<String> current = indices.current();
        return new StoreMetadata(
                current.map(i -> StudyIndices.metadataOf(indices.meta(i))).orElse(Map.of()));
    }

    @Override
    public StoreWriter openWriter() {
        return new OpenSearchStoreWriter(this, indices);
    }

    /** Closes nothing on the cluster: the connection belongs to whoever opened the store. */
    @Override
    public void close() {}
}
