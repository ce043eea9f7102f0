package org.trialfinder.store.opensearch;

import java.util.List;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StudyAttachment;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.opensearch.search.OpenSearchStudyBrowse;
import org.trialfinder.store.opensearch.search.OpenSearchStudySearch;

/**
 * The distributed backend: the store on an OpenSearch cluster with its search, browsing, summaries and statistics,
 * opened together (the counterpart of the embedded {@code LuceneBackend}, behind the same interfaces), over one
 * connection that closes with it.
 */
public final class OpenSearchBackend implements AutoCloseable {
    private final OpenSearchConnection connection;
    private final OpenSearchStudyStore store;
    private final OpenSearchStudySearch search;
    private final OpenSearchStudyBrowse browse;
    private final OpenSearchStudySummaries summaries;
    private final OpenSearchStoreStatistics statistics;

    private OpenSearchBackend(OpenSearchConnection connection, OpenSearchStudyStore store, Synonyms synonyms) {
        this.connection = connection;
        this.store = store;
        this.search = new OpenSearchStudySearch(store, synonyms);
        this.browse = new OpenSearchStudyBrowse(store);
        this.summaries = new OpenSearchStudySummaries(store);
        this.statistics = new OpenSearchStoreStatistics(store);
    }

    /**
     * Connects to the cluster at {@code urls} (one or more node addresses) and opens the store {@code settings.name()}
     * there, checking first that the cluster answers and is not red.
     *
     * @throws IllegalArgumentException naming an address that is not one
     * @throws StoreException naming the cluster and what is wrong with it (unreachable, red, a store of another
     *     Trialfinder version), with what to do
     */
    public static OpenSearchBackend open(
            List<String> urls,
            OpenSearchStoreSettings settings,
            MeshThesaurus mesh,
            Synonyms conditionSynonyms,
            List<StudyAttachment> attachments) {
        OpenSearchConnection connection = OpenSearchConnection.to(urls);
        try {
            ClusterCheck.requireUsable(connection);
            OpenSearchStudyStore store = OpenSearchStudyStore.open(connection, settings, mesh, attachments);
            return new OpenSearchBackend(connection, store, conditionSynonyms);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
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
        connection.close();
    }
}
