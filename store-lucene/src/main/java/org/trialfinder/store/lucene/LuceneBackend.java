package org.trialfinder.store.lucene;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.BackupSummary;
import org.trialfinder.store.StoreLockedException;
import org.trialfinder.store.StudyAttachment;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.search.LuceneStudyBrowse;
import org.trialfinder.store.lucene.search.LuceneStudySearch;

/**
 * The embedded backend: the Lucene store in a folder with the search and the browsing over it,
 * opened together so nothing outside this module needs to know they share one index. A distributed
 * backend (OpenSearch) would be a second class like this one, behind the same three interfaces.
 */
public final class LuceneBackend implements AutoCloseable {
    private final LuceneStudyStore store;
    private final LuceneStudySearch search;
    private final LuceneStudyBrowse browse;
    private final LuceneStudySummaries summaries;
    private final LuceneStoreStatistics statistics;

    private LuceneBackend(LuceneStudyStore store, Synonyms conditionSynonyms) {
        this.store = store;
        this.search = new LuceneStudySearch(store, conditionSynonyms);
        this.browse = new LuceneStudyBrowse(store);
        this.summaries = new LuceneStudySummaries(store);
        this.statistics = new LuceneStoreStatistics(store);
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir} and, when it was written by an older
     * Trialfinder, rebuilds its search index (saying so on {@code log}).
     *
     * @param mesh gives each condition's MeSH tree branches to the indexed documents
     * @param conditionSynonyms the other words a condition phrase of a query is searched with
     */
    public static LuceneBackend open(Path dataDir, MeshThesaurus mesh, Synonyms conditionSynonyms, PrintStream log) {
        return open(dataDir, mesh, conditionSynonyms, List.of(), log);
    }

    /**
     * As {@link #open(Path, MeshThesaurus, Synonyms, PrintStream)}, deriving these attachments whenever a
     * study is written (a store whose attachments were derived by other versions is rewritten on open).
     */
    public static LuceneBackend open(
            Path dataDir,
            MeshThesaurus mesh,
            Synonyms conditionSynonyms,
            List<StudyAttachment> attachments,
            PrintStream log) {
        LuceneStudyStore store = LuceneStudyStore.open(dataDir, mesh, attachments);
        try {
            store.upgradeIfNeeded(log);
        } catch (StoreLockedException e) {
            // another process is writing now; the next start after it finishes upgrades the index
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new LuceneBackend(store, conditionSynonyms);
    }

    /**
     * Copies the newest commit of the store in {@code dataDir} into the new folder {@code target}, while other
     * processes read and write the store (see {@link LuceneBackup}).
     */
    public static BackupSummary backup(Path dataDir, Path target) {
        return LuceneBackup.backup(dataDir, target);
    }

    /** Replaces the store in {@code dataDir} by a checked backup; refuses a store in use or, without force, a full one. */
    public static BackupSummary restore(Path backup, Path dataDir, boolean force) {
        return LuceneBackup.restore(backup, dataDir, force);
    }

    public StudyStore store() {
        return store;
    }

    public StudySearch search() {
        return search;
    }

    public StudyBrowse browse() {
        return browse;
    }

    public StudySummaries summaries() {
        return summaries;
    }

    public StoreStatistics statistics() {
        return statistics;
    }

    @Override
    public void close() {
        store.close();
    }
}
