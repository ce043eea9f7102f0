package org.trialfinder.store.lucene;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreStats;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyAttachment;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.index.SearchDocumentBuilder;

/**
 * The embedded store: one Lucene index in {@code <data>/index}.
 *
 * <p>Lucene gives exactly the durability the store promises: a commit is published by writing a
 * new {@code segments_N} file last, so a reader (in this or another process) sees either the
 * previous commit or the new one, and a crash mid-ingest leaves the previous commit intact. Readers
 * pick up new commits by themselves, at most {@link #REFRESH_INTERVAL_MS} late.
 */
public final class LuceneStudyStore implements StudyStore {
    static final long REFRESH_INTERVAL_MS = 500;
    /** Commit metadata naming the layout of the searchable fields the index was written with. */
    static final String SCHEMA_KEY = "index.schema";
    /** Raise when the searchable fields change: stores written before are reindexed on open (7 was used by three branches of issue 10, 8 by the merge of two: 9 is the merge of all three). */
    static final String SCHEMA_VERSION = "9";

    private final Path root;
    private final Directory directory;
    private final SearchDocumentBuilder searchFields;
    private final AttachmentFields attachmentFields;
    private final Object readerLock = new Object();
    private final CommitSearchers searchers = new CommitSearchers();
    private volatile ReaderManager readers;
    private volatile long lastRefreshCheck;

    private LuceneStudyStore(
            Path root, Directory directory, SearchDocumentBuilder searchFields, AttachmentFields attachmentFields) {
        this.root = root;
        this.directory = directory;
        this.searchFields = searchFields;
        this.attachmentFields = attachmentFields;
    }

    /**
     * Opens (creating if needed) the store in {@code root}; {@code mesh} gives each condition's MeSH
     * tree branches to the searchable fields written (browse by condition).
     */
    public static LuceneStudyStore open(Path root, MeshThesaurus mesh) {
        return open(root, mesh, List.of());
    }

    /** As {@link #open(Path, MeshThesaurus)}, deriving these attachments whenever a study is written. */
    public static LuceneStudyStore open(Path root, MeshThesaurus mesh, List<StudyAttachment> attachments) {
        AttachmentFields attachmentFields = new AttachmentFields(attachments);
        try {
            Files.createDirectories(root);
            return new LuceneStudyStore(
                    root, FSDirectory.open(root.resolve("index")), new SearchDocumentBuilder(mesh), attachmentFields);
        } catch (IOException e) {
            throw new StoreException("cannot open the store in " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    Directory directory() {
        return directory;
    }

    SearchDocumentBuilder searchFields() {
        return searchFields;
    }

    AttachmentFields attachmentFields() {
        return attachmentFields;
    }

    /**
     * The layout stamp of this store's documents: the searchable fields' {@link #SCHEMA_VERSION} and the
     * versions of the attachments derived (so new deriving code rewrites what older code derived).
     */
    String schemaVersion() {
        String attachments = attachmentFields.versions();
        return attachments.isEmpty() ? SCHEMA_VERSION : SCHEMA_VERSION + ";" + attachments;
    }

    @Override
    public Optional<byte[]> attachment(String nctId, String name) {
        if (nctId == null || nctId.isBlank()) {
            return Optional.empty();
        }
        Term id = new Term(StudyFields.ID, nctId.trim().toUpperCase(Locale.ROOT));
        return withReader(reader -> {
            if (reader == null) {
                return Optional.<byte[]>empty();
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                var postings = leaf.reader().postings(id);
                if (postings == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        return AttachmentFields.read(leaf.reader(), doc, name);
                    }
                }
            }
            return Optional.<byte[]>empty();
        });
    }

    @Override
    public void forEachAttachment(String name, BiConsumer<String, byte[]> visitor) {
        withReader(reader -> {
            if (reader != null) {
                AttachmentFields.forEach(reader, name, visitor);
            }
            return null;
        });
    }

    @Override
    public Optional<StoredStudy> get(String nctIdOrAlias) {
        if (nctIdOrAlias == null || nctIdOrAlias.isBlank()) {
            return Optional.empty();
        }
        String key = nctIdOrAlias.trim().toUpperCase(Locale.ROOT);
        return withReader(reader -> {
            if (reader == null) {
                return Optional.<StoredStudy>empty();
            }
            IndexSearcher searcher = searcher(reader);
            Optional<StoredStudy> direct = first(searcher, new Term(StudyFields.ID, key));
            return direct.isPresent() ? direct : first(searcher, new Term(StudyFields.ALIAS, key));
        });
    }

    @Override
    public Optional<String> resolveId(String nctIdOrAlias) {
        return get(nctIdOrAlias).map(StoredStudy::nctId);
    }

    private static Optional<StoredStudy> first(IndexSearcher searcher, Term term) throws IOException {
        TopDocs top = searcher.search(new TermQuery(term), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(toStored(searcher.storedFields().document(top.scoreDocs[0].doc)));
    }

    /** The stored study of a document of this index. */
    public static StoredStudy toStoredStudy(Document doc) {
        return toStored(doc);
    }

    static StoredStudy toStored(Document doc) {
        var geo = doc.getBinaryValue(StudyFields.DERIVED_GEO);
        return new StoredStudy(
                doc.get(StudyFields.ID),
                doc.getBinaryValue(StudyFields.JSON) == null
                        ? new byte[0]
                        : bytes(doc.getBinaryValue(StudyFields.JSON)),
                geo == null ? List.of() : StudyDocumentMapper.geoFromBytes(bytes(geo)));
    }

    /** A document's NCT id. */
    public static String nctIdOf(Document doc) {
        return doc.get(StudyFields.ID);
    }

    /**
     * A document's study JSON as stored, without decoding its derived coordinates as {@link #toStoredStudy}
     * does: what a search hit needs when no nearest site is asked.
     */
    public static byte[] jsonOf(Document doc) {
        BytesRef json = doc.getBinaryValue(StudyFields.JSON);
        return json == null ? new byte[0] : bytes(json);
    }

    /** The bytes of {@code ref}: its own array when the reader gave it one of exactly that length, else a copy. */
    private static byte[] bytes(BytesRef ref) {
        if (ref.offset == 0 && ref.length == ref.bytes.length) {
            return ref.bytes;
        }
        return Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
    }

    @Override
    public long count() {
        return withReader(reader -> reader == null ? 0L : (long) reader.numDocs());
    }

    @Override
    public void forEach(Consumer<StoredStudy> visitor) {
        withReader(reader -> {
            if (reader == null) {
                return null;
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                Bits live = lr.getLiveDocs();
                StoredFields stored = lr.storedFields();
                for (int doc = 0; doc < lr.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        visitor.accept(toStored(stored.document(doc)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void forEachLastUpdate(BiConsumer<String, LocalDate> visitor) {
        withReader(reader -> {
            if (reader == null) {
                return null;
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                Bits live = lr.getLiveDocs();
                SortedDocValues ids = lr.getSortedDocValues(StudyFields.ID);
                NumericDocValues days = lr.getNumericDocValues(StudyFields.LAST_UPDATE);
                if (ids == null) {
                    continue;
                }
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    long day = days != null && days.advanceExact(doc) ? days.longValue() : Long.MIN_VALUE;
                    visitor.accept(
                            ids.lookupOrd(ids.ordValue()).utf8ToString(),
                            day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day));
                }
            }
            return null;
        });
    }

    @Override
    public StoreStats stats() {
        return withReader(reader -> {
            if (reader == null) {
                return new StoreStats(0, Map.of(), Map.of(), Map.of(), Map.of());
            }
            return new StoreStats(
                    reader.numDocs(),
                    countTerms(reader, StudyFields.STATUS),
                    countTerms(reader, StudyFields.PHASE),
                    countTerms(reader, StudyFields.STUDY_TYPE),
                    countTerms(reader, StudyFields.COUNTRY));
        });
    }

    /** Number of live documents carrying each value of a multi-valued doc-values field. */
    private static Map<String, Long> countTerms(DirectoryReader reader, String field) throws IOException {
        Map<String, Long> counts = DocValueCounts.of(reader, field);
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    @Override
    public Optional<LocalDate> latestUpdatePostDate() {
        return withReader(reader -> {
            long max = Long.MIN_VALUE;
            if (reader != null) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    var days = leaf.reader().getNumericDocValues(StudyFields.LAST_UPDATE);
                    Bits live = leaf.reader().getLiveDocs();
                    if (days == null) {
                        continue;
                    }
                    for (int doc = days.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = days.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            max = Math.max(max, days.longValue());
                        }
                    }
                }
            }
            return max == Long.MIN_VALUE ? Optional.<LocalDate>empty() : Optional.of(LocalDate.ofEpochDay(max));
        });
    }

    @Override
    public StoreMetadata metadata() {
        return withReader(reader -> reader == null
                ? new StoreMetadata(Map.of())
                : new StoreMetadata(reader.getIndexCommit().getUserData()));
    }

    /**
     * Rewrites the searchable fields of a store written by an older Trialfinder (different
     * {@link #schemaVersion}) from the stored records, in one commit. Returns how many studies were
     * rewritten (0 when the store is current or empty).
     */
    public int upgradeIfNeeded(PrintStream log) {
        if (count() == 0 || schemaVersion().equals(metadata().get(SCHEMA_KEY).orElse(null))) {
            return 0;
        }
        log.println("store: the search index of " + root
                + " was written by an older Trialfinder; rebuilding it from the " + "stored records (nothing is lost)");
        try (LuceneStoreWriter w = new LuceneStoreWriter(this)) {
            int n = w.reindexAll(log);
            w.commit(Map.of());
            log.printf("store: reindexed %,d studies%n", n);
            return n;
        }
    }

    @Override
    public StoreWriter openWriter() {
        return new LuceneStoreWriter(this);
    }

    /**
     * Called by the writer after a commit so this process's readers see it at once: the committing thread
     * switches the shared reader itself before the commit returns. (Leaving it to the next read let a
     * concurrent request, which found the check already taken by another thread, read the old commit
     * after the commit had returned.)
     */
    void refreshNow() throws IOException {
        ReaderManager manager = readers;
        if (manager != null) {
            manager.maybeRefreshBlocking();
        }
        lastRefreshCheck = 0;
    }

    /**
     * The searcher of a reader this store handed out (to a {@link ReaderFunction}): one per commit, shared by
     * concurrent requests, with the store's filter-caching policy.
     */
    public IndexSearcher searcher(DirectoryReader reader) {
        return searchers.of(reader).searcher();
    }

    /** The commit generation of a reader this store handed out (known once per commit). */
    public long generation(DirectoryReader reader) {
        return searchers.of(reader).generation();
    }

    /** Work on one reader of the index; for the search side of this module. */
    public interface ReaderFunction<T> {
        T apply(DirectoryReader reader) throws IOException;
    }

    /** Readers of older commits that page tokens still point at, by commit generation. */
    private final Map<Long, DirectoryReader> pinned = new LinkedHashMap<>();

    private static final int MAX_PINNED = 4;

    /**
     * Runs {@code fn} on the reader of commit {@code generation} (the newest when empty). A token's
     * commit that is gone (older than {@link KeepRecentCommitsPolicy#KEEP}) is a {@link StoreException}.
     */
    public <T> T withCommit(OptionalLong generation, ReaderFunction<T> fn) {
        return withReader(latest -> {
            if (latest == null || generation.isEmpty() || generation(latest) == generation.getAsLong()) {
                return fn.apply(latest);
            }
            DirectoryReader reader = pinnedReader(generation.getAsLong());
            if (!reader.tryIncRef()) {
                throw new StoreException("that data version is no longer available");
            }
            try {
                return fn.apply(reader);
            } finally {
                reader.decRef();
            }
        });
    }

    private DirectoryReader pinnedReader(long generation) throws IOException {
        synchronized (pinned) {
            DirectoryReader r = pinned.get(generation);
            if (r != null) {
                return r;
            }
            for (var commit : DirectoryReader.listCommits(directory)) {
                if (commit.getGeneration() == generation) {
                    r = DirectoryReader.open(commit);
                    pinned.put(generation, r);
                    if (pinned.size() > MAX_PINNED) {
                        var eldest = pinned.entrySet().iterator().next();
                        pinned.remove(eldest.getKey());
                        eldest.getValue().decRef();
                    }
                    return r;
                }
            }
            throw new StoreException("the data version of this page token is gone (data changed more than "
                    + KeepRecentCommitsPolicy.KEEP.toMinutes() + " minutes ago)");
        }
    }

    <T> T withReader(ReaderFunction<T> fn) {
        try {
            ReaderManager manager = readerManager();
            if (manager == null) {
                return fn.apply(null);
            }
            DirectoryReader reader = manager.acquire();
            try {
                return fn.apply(reader);
            } finally {
                manager.release(reader);
            }
        } catch (IOException e) {
            throw IndexDamage.of(root, e)
                    .<RuntimeException>map(damaged -> damaged)
                    .orElseGet(() ->
                            new UncheckedIOException("cannot read the store in " + root + ": " + e.getMessage(), e));
        }
    }

    /** Lucene's checksum of every file of every segment of the current commit (reads the whole index). */
    @Override
    public void verifyIntegrity() {
        withReader(reader -> {
            if (reader != null) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return null;
        });
    }

    /**
     * The reader manager, refreshed when a newer commit may exist; null while no commit exists. Only opening it
     * takes the lock: {@link ReaderManager#maybeRefresh()} is safe to call from any thread (one refreshes, the
     * others go on with the current reader), and checking for a new commit reads the folder, which every
     * request of those 500 ms used to wait for.
     */
    private ReaderManager readerManager() throws IOException {
        ReaderManager manager = readers;
        if (manager == null) {
            synchronized (readerLock) {
                if (readers == null) {
                    if (!DirectoryReader.indexExists(directory)) {
                        return null;
                    }
                    lastRefreshCheck = System.currentTimeMillis();
                    readers = new ReaderManager(directory);
                }
                return readers;
            }
        }
        long last = lastRefreshCheck;
        long now = System.currentTimeMillis();
        if (last == 0) {
            // this process just committed (refreshNow): its next read must see the commit
            lastRefreshCheck = now;
            manager.maybeRefreshBlocking();
        } else if (now - last >= REFRESH_INTERVAL_MS) {
            lastRefreshCheck = now;
            manager.maybeRefresh();
        }
        return manager;
    }

    @Override
    public void close() {
        try {
            synchronized (readerLock) {
                if (readers != null) {
                    readers.close();
                    readers = null;
                }
            }
            synchronized (pinned) {
                for (DirectoryReader r : pinned.values()) {
                    r.decRef();
                }
                pinned.clear();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the store in " + root, e);
        }
    }
}
