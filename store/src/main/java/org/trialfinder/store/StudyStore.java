package org.trialfinder.store;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The seam between Trialfinder and whatever holds its studies.
 *
 * <p>Everything above this interface (ingest, search, API, pages) talks only to it, so the embedded
 * Lucene store can later be swapped for a distributed engine (OpenSearch) holding the same data.
 * Implementations must publish writes atomically: a reader sees either the state before a
 * {@link StoreWriter#commit} or the state after it, never half of an ingest.
 */
public interface StudyStore extends AutoCloseable {

    /** The study stored under this NCT id, or under a study that lists it in {@code nctIdAliases}. */
    Optional<StoredStudy> get(String nctIdOrAlias);

    /** The current NCT id for an id or an alias, if any stored study answers to it. */
    Optional<String> resolveId(String nctIdOrAlias);

    /** Number of studies visible to readers (the last committed state). */
    long count();

    /** Visits every stored study of the last committed state, in no promised order. */
    void forEach(Consumer<StoredStudy> visitor);

    /**
     * Visits the NCT id and {@code lastUpdatePostDate} (null when the record gives none) of every stored study of
     * the last committed state, in no promised order: what a sitemap lists for 600,000 studies, so a store that
     * keeps both beside the records answers without reading them (this default reads each record).
     */
    default void forEachLastUpdate(BiConsumer<String, LocalDate> visitor) {
        forEach(s -> visitor.accept(s.nctId(), s.study().lastUpdatePostDate().orElse(null)));
    }

    /**
     * The bytes a {@link StudyAttachment} of this name derived when the study (by its current NCT id) was
     * written; empty when it derived none, the study is not stored or the store keeps no such attachment.
     */
    default Optional<byte[]> attachment(String nctId, String name) {
        return Optional.empty();
    }

    /**
     * Visits (NCT id, bytes) of every stored study of the last committed state that has an attachment of this
     * name, in no promised order; without reading the records.
     */
    default void forEachAttachment(String name, BiConsumer<String, byte[]> visitor) {}

    /** Counts by status, phase, study type and country for the last committed state. */
    StoreStats stats();

    /** The latest {@code lastUpdatePostDate} among stored studies: where a first sync can start. */
    Optional<LocalDate> latestUpdatePostDate();

    /** Key/value facts committed with the data (last sync, last ingest, data timestamp). */
    StoreMetadata metadata();

    /**
     * Reads every byte of the committed state and checks it against the checksums written with it (slow: the whole
     * store is read), for a start that must not serve damaged data.
     *
     * @throws StoreDamagedException naming the damaged file
     */
    default void verifyIntegrity() {}

    /**
     * Starts the one write transaction this store allows at a time. Nothing it writes is visible
     * until {@link StoreWriter#commit}; closing it without committing discards everything.
     *
     * @throws StoreLockedException when another process or thread is already writing
     */
    StoreWriter openWriter();

    @Override
    void close();
}
