package org.trialfinder.app.engine;

import java.io.PrintStream;
import java.util.List;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StudyAttachment;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneBackend;
import org.trialfinder.store.opensearch.OpenSearchBackend;

/**
 * The opened engine, whichever it is: the store with its search, browse, summaries and statistics, closed together.
 * The one switch over {@link StoreLocation}, so nothing above the composition root learns which engine runs.
 */
public record StoreBackend(
        StudyStore store,
        StudySearch search,
        StudyBrowse browse,
        StudySummaries summaries,
        StoreStatistics statistics,
        AutoCloseable engine)
        implements AutoCloseable {

    public static StoreBackend open(
            StoreLocation location,
            MeshThesaurus mesh,
            Synonyms conditionSynonyms,
            List<StudyAttachment> attachments,
            PrintStream log) {
        return switch (location) {
            case StoreLocation.Folder folder -> {
                LuceneBackend b = LuceneBackend.open(folder.dir(), mesh, conditionSynonyms, attachments, log);
                yield new StoreBackend(b.store(), b.search(), b.browse(), b.summaries(), b.statistics(), b);
            }
            case StoreLocation.Cluster cluster -> {
                OpenSearchBackend b = OpenSearchBackend.open(
                        cluster.urls(), cluster.settings(), mesh, conditionSynonyms, attachments);
                yield new StoreBackend(b.store(), b.search(), b.browse(), b.summaries(), b.statistics(), b);
            }
        };
    }

    @Override
    public void close() {
        try {
            engine.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
