package org.trialfinder.store;

import java.util.Map;

/**
 * One write transaction on a {@link StudyStore}. {@link #upsert} is safe to call from several
 * threads at once; {@link #commit} publishes everything written so far in one atomic step.
 */
public interface StoreWriter extends AutoCloseable {

    /**
     * Stores a study unless the stored version is newer. The decision rule, keyed by NCT id:
     * <ul>
     *   <li>no stored study with that id: {@link UpsertOutcome#ADDED};</li>
     *   <li>the id is an alias of another stored study: {@link UpsertOutcome#SUPERSEDED}, nothing written;</li>
     *   <li>stored {@code lastUpdatePostDate} is later than the incoming one, or the same with the stored
     *       record in a richer {@link SourceForm}: {@link UpsertOutcome#KEPT_NEWER};</li>
     *   <li>same content as stored: {@link UpsertOutcome#UNCHANGED};</li>
     *   <li>otherwise (incoming date newer or equal): {@link UpsertOutcome#UPDATED}.</li>
     * </ul>
     * Stored studies whose ids the incoming study lists as {@code nctIdAliases} are removed, so the
     * alias resolves to the current study.
     */
    UpsertOutcome upsert(StudyDocument document);

    /**
     * Whether the study stored under {@code nctId} was made from input with this fingerprint
     * ({@link StudyDocument#sourceHash()}, never 0), so that upserting that input again would be
     * {@link UpsertOutcome#UNCHANGED}: lets an ingest skip parsing records it already holds. A
     * writer that does not keep fingerprints answers false, and the upsert decides as usual.
     */
    default boolean isUnchangedSource(String nctId, long sourceHash) {
        return false;
    }

    /**
     * Writes out what the calling thread's upserts left buffered in memory, so that at the end of an
     * ingest every worker thread does a share of that work instead of the committing thread doing
     * all of it. Changes nothing that readers see; a no-op where nothing is buffered.
     */
    default void flushBuffered() {}

    /**
     * Publishes all upserts of this transaction atomically, together with {@code metadata} (merged
     * over the metadata already stored). The writer stays usable for a further transaction.
     */
    void commit(Map<String, String> metadata);

    /** Discards everything not yet committed. */
    void rollback();

    /** Closes the writer; uncommitted work is discarded. */
    @Override
    void close();
}
