package org.trialfinder.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.trialfinder.store.StoreException;

/**
 * Sends index and delete actions to one index with the bulk API, in batches of about {@link #BATCH_BYTES}.
 * Back-pressure: the thread whose action fills a batch sends it and waits for the answer, and at most
 * {@link #IN_FLIGHT} batches are in flight, so producers never run further ahead of the cluster than that.
 * Actions the cluster refuses for load (429) are sent again after a growing pause. Every action carries an
 * external version taken when its upsert was decided, so two batches of the same study landing out of order
 * leave the later decision standing (the older write is refused with 409, which is what should happen).
 */
final class BulkWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int BATCH_BYTES = 4 * 1024 * 1024;
    static final int IN_FLIGHT = 2;
    private static final long[] BACKOFF_MS = {100, 250, 500, 1000, 2000, 4000, 8000, 15000};

    private final OpenSearchConnection os;
    private final String index;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final Object lock = new Object();
    private List<byte[]> batch = new ArrayList<>();
    private long batchBytes;

    BulkWriter(OpenSearchConnection os, String index) {
        this.os = os;
        this.index = index;
    }

    void index(String id, long version, ObjectNode source) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("index")
                .put("_index", index)
                .put("_id", id)
                .put("version", version)
                .put("version_type", "external");
        add(lines(action, source));
    }

    void delete(String id, long version) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("delete")
                .put("_index", index)
                .put("_id", id)
                .put("version", version)
                .put("version_type", "external");
        add(lines(action, null));
    }

    private void add(byte[] action) {
        List<byte[]> full = null;
        synchronized (lock) {
            batch.add(action);
            batchBytes += action.length;
            if (batchBytes >= BATCH_BYTES) {
                full = take();
            }
        }
        if (full != null) {
            send(full);
        }
    }

    /** Sends whatever is buffered now and waits until every batch in flight has been answered. */
    void flush() {
        List<byte[]> rest;
        synchronized (lock) {
            rest = take();
        }
        if (!rest.isEmpty()) {
            send(rest);
        }
        inFlight.acquireUninterruptibly(IN_FLIGHT);
        inFlight.release(IN_FLIGHT);
    }

    private List<byte[]> take() {
        List<byte[]> out = batch;
        batch = new ArrayList<>();
        batchBytes = 0;
        return out;
    }

    private void send(List<byte[]> actions) {
        inFlight.acquireUninterruptibly();
        try {
            List<byte[]> pending = actions;
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                List<byte[]> refused = sendOnce(pending);
                if (refused.isEmpty()) {
                    return;
                }
                if (attempt >= BACKOFF_MS.length) {
                    throw new StoreException("OpenSearch at " + os.describe() + " kept refusing " + refused.size()
                            + " writes as too many requests (429): the cluster is overloaded; try again later");
                }
                OpenSearchConnection.pause(BACKOFF_MS[attempt]);
                pending = refused;
            }
        } finally {
            inFlight.release();
        }
    }

    /** One bulk request; returns the actions refused with 429, to send again. */
    private List<byte[]> sendOnce(List<byte[]> actions) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] a : actions) {
            body.writeBytes(a);
        }
        var reply = os.call("POST", "/_bulk", Map.of(), body.toByteArray(), "application/x-ndjson");
        if (reply.status() == 429) {
            return actions;
        }
        if (!reply.ok()) {
            throw new StoreException("OpenSearch at " + os.describe() + " refused a bulk write to " + index + " (HTTP "
                    + reply.status() + "): " + reply.reason());
        }
        if (!reply.body().path("errors").asBoolean(false)) {
            return List.of();
        }
        List<byte[]> refused = new ArrayList<>();
        JsonNode items = reply.body().path("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode result = items.get(i).elements().next();
            int status = result.path("status").asInt();
            boolean fine = status < 300
                    // a newer version of the study (a later decision) is already in place
                    || status == 409
                    // deleting a study that is not there (an alias never stored)
                    || (status == 404 && items.get(i).has("delete"));
            if (status == 429) {
                refused.add(actions.get(i));
            } else if (!fine) {
                JsonNode error = result.path("error");
                throw new StoreException("OpenSearch refused to write study "
                        + result.path("_id").asText() + " to "
                        + index + " (HTTP " + status + "): "
                        + error.path("type").asText() + ": "
                        + error.path("reason").asText());
            }
        }
        return refused;
    }

    private static byte[] lines(ObjectNode action, ObjectNode source) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(JSON.writeValueAsBytes(action));
            out.write('\n');
            if (source != null) {
                out.write(JSON.writeValueAsBytes(source));
                out.write('\n');
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
