package org.trialfinder.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.opensearch.index.IndexFieldNames;
import org.trialfinder.store.opensearch.index.IndexMapping;

/**
 * The indices behind one store on a cluster. Readers always go through the alias {@code name}; each write
 * transaction fills a new index {@code name-<generation>} and its commit moves the alias onto it in one atomic
 * request, so a reader sees the whole previous state or the whole new one. The index the alias left is kept
 * until the next commit (page tokens opened on it keep walking); older ones are deleted.
 */
final class StudyIndices {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong GENERATION = new AtomicLong();

    private final OpenSearchConnection os;
    private final String alias;
    private final OpenSearchStoreSettings settings;

    StudyIndices(OpenSearchConnection os, OpenSearchStoreSettings settings) {
        this.os = os;
        this.alias = settings.name();
        this.settings = settings;
    }

    String alias() {
        return alias;
    }

    OpenSearchConnection connection() {
        return os;
    }

    /** The index the alias points at, or empty for a store never committed. */
    Optional<String> current() {
        var reply = os.call("GET", "/_alias/" + alias);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (!reply.ok()) {
            throw new StoreException("OpenSearch at " + os.describe() + " cannot say which index holds the store "
                    + alias + " (HTTP " + reply.status() + "): " + reply.reason());
        }
        Iterator<String> names = reply.body().fieldNames();
        return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
    }

    /** The mapping's {@code _meta} of an index. */
    JsonNode meta(String index) {
        return os.expectOk("reading the mapping of " + index, "GET", "/" + index + "/_mapping", Map.of(), null)
                .path(index)
                .path("mappings")
                .path("_meta");
    }

    /** Creates an empty index for a new generation of the store, with the current mapping. */
    String createGeneration(List<String> attachmentNames) {
        String index = alias + "-" + System.currentTimeMillis() + "-" + GENERATION.incrementAndGet();
        JsonNode created = os.expectOk(
                "creating the index " + index,
                "PUT",
                "/" + index,
                Map.of("timeout", "60s"),
                IndexMapping.createIndexBody(settings.shards(), settings.replicas(), attachmentNames));
        // the create request waits for the primaries: a cluster that cannot place them says so here, not mid-ingest
        if (!created.path("shards_acknowledged").asBoolean(false)) {
            delete(index);
            throw new StoreException(
                    "OpenSearch at " + os.describe() + " created " + index + " but could not start"
                            + " its shards within 60 s: check the cluster's health and free disk (GET /_cluster/allocation/explain)");
        }
        return index;
    }

    /**
     * Copies every document of {@code from} into {@code to} inside the cluster (the unchanged part of a transaction),
     * leaving behind the bytes of attachments other than {@code attachmentKeys} (derived by another version: {@code to}'s
     * mapping has no field for them).
     */
    void copy(String from, String to, List<String> attachmentKeys) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("source").put("index", from).put("size", 1000);
        body.putObject("dest").put("index", to);
        ObjectNode script = body.putObject("script");
        script.put("lang", "painless");
        script.put(
                "source",
                "ctx._source.keySet().removeIf(k -> k.startsWith(params.prefix) && !params.keep.contains(k))");
        ObjectNode params = script.putObject("params");
        params.put("prefix", IndexFieldNames.ATTACHMENT);
        ArrayNode keep = params.putArray("keep");
        attachmentKeys.forEach(k -> keep.add(IndexFieldNames.attachment(k)));
        JsonNode r = os.expectOk(
                "copying " + from + " into " + to,
                "POST",
                "/_reindex",
                Map.of("wait_for_completion", "true", "refresh", "false", "timeout", "30m"),
                body);
        if (r.path("failures").size() > 0) {
            throw new StoreException("OpenSearch could not copy the store into a new index: "
                    + r.path("failures").get(0));
        }
    }

    /** Makes everything written to {@code index} searchable and durable (a Lucene commit on every shard copy). */
    void refresh(String index) {
        os.expectOk("refreshing " + index, "POST", "/" + index + "/_refresh", Map.of(), null);
        os.expectOk("flushing " + index, "POST", "/" + index + "/_flush", Map.of(), null);
    }

    /** Stores the store's metadata (and the schema version) in the mapping's {@code _meta} of {@code index}. */
    void putMetadata(String index, Map<String, String> metadata) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode meta = body.putObject("_meta");
        meta.put(IndexMapping.SCHEMA_KEY, IndexMapping.SCHEMA_VERSION);
        ObjectNode values = meta.putObject(IndexMapping.METADATA_KEY);
        metadata.forEach(values::put);
        os.expectOk("writing the store's metadata", "PUT", "/" + index + "/_mapping", Map.of(), body);
    }

    static Map<String, String> metadataOf(JsonNode meta) {
        Map<String, String> out = new HashMap<>();
        meta.path(IndexMapping.METADATA_KEY)
                .properties()
                .forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** Moves the alias from {@code previous} (absent for a first commit) to {@code next} in one atomic request. */
    void switchAlias(Optional<String> previous, String next) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode actions = body.putArray("actions");
        previous.ifPresent(
                p -> actions.addObject().putObject("remove").put("index", p).put("alias", alias));
        actions.addObject().putObject("add").put("index", next).put("alias", alias);
        os.expectOk("moving the alias " + alias + " to " + next, "POST", "/_aliases", Map.of(), body);
    }

    /** Deletes the store's indices but {@code keep} (an interrupted transaction's, and generations before the last). */
    void deleteOtherGenerations(List<String> keep) {
        var reply = os.call("GET", "/_cat/indices/" + alias + "-*", Map.of("format", "json", "h", "index"), null);
        if (!reply.ok()) {
            return;
        }
        List<String> stale = new ArrayList<>();
        reply.body().forEach(i -> {
            String name = i.path("index").asText();
            if (!keep.contains(name) && name.startsWith(alias + "-") && !name.equals(lockIndex())) {
                stale.add(name);
            }
        });
        for (String name : stale) {
            delete(name);
        }
    }

    void delete(String index) {
        var reply = os.call("DELETE", "/" + index);
        if (!reply.ok() && reply.status() != 404) {
            throw new StoreException("OpenSearch refused to delete " + index + ": " + reply.reason());
        }
    }

    /**
     * The index holding the store's write lock: one document, created only if absent (an atomic operation on
     * the cluster), deleted when the writer closes. A document rather than an index of its own per writer, so
     * taking the lock costs no change of the cluster's state.
     */
    String lockIndex() {
        return alias + "-writer-lock";
    }

    boolean tryLock() {
        if (os.call("HEAD", "/" + lockIndex()).status() == 404) {
            createLockIndex();
        }
        ObjectNode holder = JSON.createObjectNode().put("since", Instant.now().toString());
        var reply = os.call("PUT", "/" + lockIndex() + "/_create/writer", Map.of("refresh", "true"), holder);
        if (reply.ok()) {
            return true;
        }
        if (reply.status() == 409) {
            return false;
        }
        throw new StoreException("OpenSearch at " + os.describe() + " refused the store's write lock (HTTP "
                + reply.status() + "): " + reply.reason());
    }

    private void createLockIndex() {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", 0);
        var created = os.call("PUT", "/" + lockIndex(), body);
        // another writer may have created it just now: either way it exists
        if (!created.ok()
                && !created.body().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            throw new StoreException("OpenSearch at " + os.describe() + " refused the store's write lock (HTTP "
                    + created.status() + "): " + created.reason());
        }
    }

    void unlock() {
        var reply = os.call("DELETE", "/" + lockIndex() + "/_doc/writer", Map.of("refresh", "true"), null);
        if (!reply.ok() && reply.status() != 404) {
            throw new StoreException(
                    "OpenSearch refused to release the write lock of " + alias + ": " + reply.reason());
        }
    }
}
