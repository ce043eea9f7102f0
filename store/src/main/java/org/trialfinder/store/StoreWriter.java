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
