package org.trialfinder.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.trialfinder.store.ContentHash;
import org.trialfinder.store.LastUpdateDay;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreLockedException;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.UpsertOutcome;
import org.trialfinder.store.opensearch.index.IndexFieldNames;

/**
 * The single writer of an {@link OpenSearchStudyStore}. A transaction writes into a new index, filled first with a
 * copy of the committed one (inside the cluster), and its commit moves the store's alias onto it atomically: a
 * reader never sees half a transaction, and a failed, rolled-back or killed one leaves the previous index
 * served. Upsert decisions are made against an in-memory table (id → last update day, form, content hash,
 * aliases) read once from the committed index's doc values, as the embedded store does, so a decision costs a
 * hash lookup and the writes go out in bulk.
 */
final class OpenSearchStoreWriter implements StoreWriter {
    private record Stored(long epochDay, int form, long contentHash, long sourceHash, List<String> aliases) {}

    private final OpenSearchStudyStore store;
    private final StudyIndices indices;
    /** Guards {@link #state}, {@link #aliasToId} and the transaction's index as one unit. */
    private final Object stateLock = new Object();
    /** Versions of the writes, increasing in decision order (external versions: see {@link BulkWriter}). */
    private final AtomicLong versions = new AtomicLong(System.currentTimeMillis());

    private Map<String, Stored> state;
    private Map<String, String> aliasToId;
    private String transactionIndex;
    private BulkWriter bulk;
    private boolean closed;

    OpenSearchStoreWriter(OpenSearchStudyStore store, StudyIndices indices) {
        this.store = store;
        this.indices = indices;
        if (!indices.tryLock()) {
            throw new StoreLockedException(
                    "the store " + indices.alias() + " on "
                            + indices.connection().describe()
                            + " is being written by another Trialfinder process (ingest or sync); wait for it to"
                            + " finish (if no process is writing, one was killed: delete the index "
                            + indices.lockIndex() + ")",
                    null);
        }
        try {
            loadState();
        } catch (RuntimeException e) {
            indices.unlock();
            throw e;
        }
    }

    private void loadState() {
        Map<String, Stored> s = new ConcurrentHashMap<>();
        Map<String, String> a = new ConcurrentHashMap<>();
        store.scroll(
                List.of(
                        IndexFieldNames.ID,
                        IndexFieldNames.ALIAS,
                        IndexFieldNames.LAST_UPDATE,
                        IndexFieldNames.FORM,
                        IndexFieldNames.CONTENT_HASH,
                        IndexFieldNames.SOURCE_HASH),
                null,
                hit -> {
                    JsonNode f = hit.path("fields");
                    String id = f.path(IndexFieldNames.ID).path(0).asText();
                    List<String> aliases = new ArrayList<>();
                    f.path(IndexFieldNames.ALIAS).forEach(x -> aliases.add(x.asText()));
                    aliases.forEach(x -> a.put(x, id));
                    s.put(
                            id,
                            new Stored(
                                    f.path(IndexFieldNames.LAST_UPDATE).path(0).asLong(Long.MIN_VALUE),
                                    f.path(IndexFieldNames.FORM).path(0).asInt(0),
                                    f.path(IndexFieldNames.CONTENT_HASH).path(0).asLong(0),
                                    f.path(IndexFieldNames.SOURCE_HASH).path(0).asLong(0),
                                    List.copyOf(aliases)));
                });
        state = s;
        aliasToId = a;
    }

    /** The transaction's index, created (with a copy of the committed studies) on the first write. */
    private BulkWriter transaction() {
        synchronized (stateLock) {
            if (bulk == null) {
                String index = indices.createGeneration(store.attachmentKeys());
                transactionIndex = index;
                try {
                    indices.current().ifPresent(current -> indices.copy(current, index, store.attachmentKeys()));
                } catch (RuntimeException e) {
                    abandonTransaction();
                    throw e;
                }
                bulk = new BulkWriter(indices.connection(), index);
            }
            return bulk;
        }
    }

    @Override
    public UpsertOutcome upsert(StudyDocument document) {
        ensureOpen();
        String id = document.nctId();
        long day = LastUpdateDay.of(document.study());
        long hash = ContentHash.of(document);
        List<String> aliases = document.study().nctIdAliases();
        BulkWriter writer = transaction();
        UpsertOutcome outcome;
        List<String> absorbed;
        long version;
        synchronized (stateLock) {
            String current = aliasToId.get(id);
            Stored stored = state.get(id);
            if (current != null && !current.equals(id) && stored == null) {
                return UpsertOutcome.SUPERSEDED;
            }
            if (stored == null) {
                outcome = UpsertOutcome.ADDED;
            } else if (stored.epochDay() > day
                    || (stored.epochDay() == day
                            && stored.form() > document.form().ordinal())) {
                return UpsertOutcome.KEPT_NEWER;
            } else if (stored.contentHash() == hash) {
                return UpsertOutcome.UNCHANGED;
            } else {
                outcome = UpsertOutcome.UPDATED;
                stored.aliases().forEach(a -> aliasToId.remove(a, id));
            }
            absorbed = aliases.stream()
                    .filter(a -> !a.equals(id) && state.containsKey(a))
                    .toList();
            absorbed.forEach(state::remove);
            aliases.forEach(a -> aliasToId.put(a, id));
            state.put(
                    id, new Stored(day, document.form().ordinal(), hash, document.sourceHash(), List.copyOf(aliases)));
            version = versions.incrementAndGet();
        }
        for (String alias : absorbed) {
            writer.delete(alias, version);
        }
        writer.index(id, version, store.documents().source(document, hash));
        return outcome;
    }

    @Override
    public boolean isUnchangedSource(String nctId, long sourceHash) {
        Stored stored = state.get(nctId);
        return sourceHash != 0 && stored != null && stored.sourceHash() == sourceHash;
    }

    @Override
    public void flushBuffered() {
        BulkWriter b;
        synchronized (stateLock) {
            b = bulk;
        }
        if (b != null) {
            b.flush();
        }
    }

    @Override
    public void commit(Map<String, String> metadata) {
        ensureOpen();
        Optional<String> previous = indices.current();
        Map<String, String> merged = new HashMap<>(store.metadata().values());
        merged.putAll(metadata);
        synchronized (stateLock) {
            if (bulk == null && previous.isPresent()) {
                // nothing written: the metadata alone changes, in one request on the served index
                indices.putMetadata(previous.get(), merged);
                return;
            }
            String index = bulk == null ? indices.createGeneration(store.attachmentKeys()) : transactionIndex;
            transactionIndex = index;
            if (bulk != null) {
                bulk.flush();
            }
            indices.refresh(index);
            indices.putMetadata(index, merged);
            indices.switchAlias(previous, index);
            bulk = null;
            transactionIndex = null;
            // the index just left stays for page tokens opened on it; older generations go
            List<String> keep = new ArrayList<>();
            keep.add(index);
            previous.ifPresent(keep::add);
            indices.deleteOtherGenerations(keep);
        }
    }

    @Override
    public void rollback() {
        ensureOpen();
        synchronized (stateLock) {
            abandonTransaction();
            loadState();
        }
    }

    private void abandonTransaction() {
        bulk = null;
        if (transactionIndex != null) {
            String index = transactionIndex;
            transactionIndex = null;
            indices.delete(index);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("this writer of the store " + indices.alias() + " is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            synchronized (stateLock) {
                abandonTransaction();
            }
        } finally {
            indices.unlock();
        }
    }
}
