package org.trialfinder.store.lucene;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.trialfinder.store.ContentHash;
import org.trialfinder.store.LastUpdateDay;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreLockedException;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.UpsertOutcome;
import org.trialfinder.store.lucene.index.SearchAnalyzers;

/**
 * The single writer of a {@link LuceneStudyStore}. Upsert decisions are made against an in-memory
 * table (id -> last update day, content hash, aliases) loaded once from doc values, so deciding
 * costs a hash lookup rather than an index read, even for the full 600,000-study dataset (~60 MB).
 */
final class LuceneStoreWriter implements StoreWriter {
    /** Per-id lock stripes: the decision and the write for one id happen together, in input order. */
    private static final int STRIPES = 256;

    private record Stored(long epochDay, int form, long contentHash, long sourceHash, List<String> aliases) {}

    private final LuceneStudyStore store;
    private final Object[] stripes = new Object[STRIPES];
    /** Guards {@link #state} and {@link #aliasToId} as one unit (alias moves touch several ids). */
    private final Object stateLock = new Object();

    private IndexWriter writer;
    private Map<String, Stored> state;
    private Map<String, String> aliasToId;
    /** Whether the store's documents all have the current searchable-field layout (or there are none). */
    private boolean schemaCurrent;

    LuceneStoreWriter(LuceneStudyStore store) {
        this.store = store;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
        openIndexWriter();
    }

    private void openIndexWriter() {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField())
                // Every hit's stored JSON is read back for the response: the load benchmark found
                // BEST_COMPRESSION's inflate dominating request time, so stored fields use LZ4.
                .setCodec(new WriteTimeNormsCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_SPEED)))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexDeletionPolicy(new KeepRecentCommitsPolicy())
                // larger flushed segments mean fewer merges in a bulk load; within the 2 GiB heap
                // the ingest benchmark holds at 600,000 studies
                .setRAMBufferSizeMB(256)
                .setCommitOnClose(false);
        try {
            writer = new IndexWriter(store.directory(), config);
        } catch (LockObtainFailedException e) {
            throw new StoreLockedException(
                    "the store in " + store.root()
                            + " is being written by another Trialfinder process (ingest or sync); wait for it to finish",
                    e);
        } catch (IOException e) {
            throw new StoreException("cannot open the store in " + store.root() + " for writing: " + e.getMessage(), e);
        }
        loadState();
        schemaCurrent = state.isEmpty()
                || store.schemaVersion()
                        .equals(store.metadata()
                                .get(LuceneStudyStore.SCHEMA_KEY)
                                .orElse(null));
    }

    /** Loads id -> (date, hash, aliases) from the last commit (plus nothing uncommitted: the writer is fresh). */
    private void loadState() {
        state = new ConcurrentHashMap<>();
        aliasToId = new ConcurrentHashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                Bits live = lr.getLiveDocs();
                SortedDocValues ids = lr.getSortedDocValues(StudyFields.ID);
                NumericDocValues days = lr.getNumericDocValues(StudyFields.LAST_UPDATE);
                NumericDocValues hashes = lr.getNumericDocValues(StudyFields.CONTENT_HASH);
                NumericDocValues forms = lr.getNumericDocValues(StudyFields.FORM);
                NumericDocValues sources = lr.getNumericDocValues(StudyFields.SOURCE_HASH);
                SortedSetDocValues aliases = lr.getSortedSetDocValues(StudyFields.ALIAS);
                if (ids == null) {
                    continue;
                }
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                    long day = days != null && days.advanceExact(doc) ? days.longValue() : Long.MIN_VALUE;
                    long hash = hashes != null && hashes.advanceExact(doc) ? hashes.longValue() : 0L;
                    int form = forms != null && forms.advanceExact(doc) ? (int) forms.longValue() : 0;
                    long source = sources != null && sources.advanceExact(doc) ? sources.longValue() : 0L;
                    List<String> al = List.of();
                    if (aliases != null && aliases.advanceExact(doc)) {
                        String[] a = new String[aliases.docValueCount()];
                        for (int i = 0; i < a.length; i++) {
                            a[i] = aliases.lookupOrd(aliases.nextOrd()).utf8ToString();
                            aliasToId.put(a[i], id);
                        }
                        al = List.of(a);
                    }
                    state.put(id, new Stored(day, form, hash, source, al));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store in " + store.root() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public UpsertOutcome upsert(StudyDocument document) {
        String id = document.nctId();
        long day = LastUpdateDay.of(document.study());
        long hash = ContentHash.of(document);
        List<String> aliases = document.study().nctIdAliases();
        synchronized (stripes[Math.floorMod(id.hashCode(), STRIPES)]) {
            UpsertOutcome outcome;
            List<String> absorbed;
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
                        id,
                        new Stored(day, document.form().ordinal(), hash, document.sourceHash(), List.copyOf(aliases)));
            }
            try {
                for (String alias : absorbed) {
                    writer.deleteDocuments(new Term(StudyFields.ID, alias));
                }
                writer.updateDocument(
                        new Term(StudyFields.ID, id),
                        StudyDocumentMapper.toLucene(
                                document, day, hash, store.searchFields(), store.attachmentFields()));
            } catch (IOException | AlreadyClosedException e) {
                throw WriteFailures.of(store.root(), "writing " + id + " and other", e);
            }
            return outcome;
        }
    }

    @Override
    public void flushBuffered() {
        try {
            writer.flushNextBuffer();
        } catch (IOException | AlreadyClosedException e) {
            throw WriteFailures.of(store.root(), "writing", e);
        }
    }

    @Override
    public boolean isUnchangedSource(String nctId, long sourceHash) {
        // a lock-free read: a stale answer only sends the record down the full path of upsert
        Stored stored = state.get(nctId);
        return sourceHash != 0 && stored != null && stored.sourceHash() == sourceHash;
    }

    @Override
    public void commit(Map<String, String> metadata) {
        try {
            Map<String, String> merged = new HashMap<>(store.metadata().values());
            if (schemaCurrent) {
                // every document written since is in the current layout; an older store keeps its
                // old stamp until upgradeIfNeeded has rewritten all of it
                merged.put(LuceneStudyStore.SCHEMA_KEY, store.schemaVersion());
            }
            merged.putAll(metadata);
            writer.setLiveCommitData(merged.entrySet());
            writer.commit();
            store.refreshNow();
        } catch (IOException | AlreadyClosedException e) {
            throw WriteFailures.of(store.root(), "committing", e);
        }
    }

    /**
     * Rewrites every stored study's document from its stored JSON, so the searchable fields follow
     * the current schema. Nothing about the studies changes; the upsert state is untouched.
     */
    int reindexAll(PrintStream log) {
        int n = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                Bits live = lr.getLiveDocs();
                var stored = lr.storedFields();
                NumericDocValues forms = lr.getNumericDocValues(StudyFields.FORM);
                NumericDocValues sources = lr.getNumericDocValues(StudyFields.SOURCE_HASH);
                for (int doc = 0; doc < lr.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    var s = LuceneStudyStore.toStored(stored.document(doc));
                    int form = forms != null && forms.advanceExact(doc) ? (int) forms.longValue() : 0;
                    long source = sources != null && sources.advanceExact(doc) ? sources.longValue() : 0L;
                    var document = new StudyDocument(
                            s.study(), s.json(), s.derivedGeoPoints(), SourceForm.values()[form], null, source);
                    long day = document.study()
                            .lastUpdatePostDate()
                            .map(LocalDate::toEpochDay)
                            .orElse(Long.MIN_VALUE);
                    writer.updateDocument(
                            new Term(StudyFields.ID, s.nctId()),
                            StudyDocumentMapper.toLucene(
                                    document,
                                    day,
                                    ContentHash.of(document),
                                    store.searchFields(),
                                    store.attachmentFields()));
                    if (++n % 10_000 == 0) {
                        log.printf("reindex: %,d studies%n", n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reindex the store in " + store.root() + ": " + e.getMessage(), e);
        }
        schemaCurrent = true;
        return n;
    }

    @Override
    public void rollback() {
        try {
            writer.rollback(); // also closes the IndexWriter and releases the lock
        } catch (IOException e) {
            throw new UncheckedIOException("cannot roll back the store in " + store.root(), e);
        }
        openIndexWriter();
    }

    @Override
    public void close() {
        try {
            if (writer.isOpen()) {
                writer.rollback();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the writer of the store in " + store.root(), e);
        }
    }
}
