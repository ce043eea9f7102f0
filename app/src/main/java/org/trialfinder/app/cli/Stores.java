package org.trialfinder.app.cli;

import java.nio.file.Path;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.ConditionSynonyms;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreLockedException;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneStudyStore;
import org.trialfinder.store.lucene.search.LuceneStudyBrowse;
import org.trialfinder.store.lucene.search.LuceneStudySearch;

/**
 * Where the app chooses its store backend. Today: the embedded Lucene store in a folder. A
 * distributed backend (OpenSearch) would be chosen here, behind the same {@link StudyStore}.
 */
public final class Stores {
    private Stores() {}

    public static StudyStore open(Path dataDir) {
        LuceneStudyStore store = LuceneStudyStore.open(dataDir, MeshThesaurus.loadDefault());
        try {
            store.upgradeIfNeeded(System.out);
        } catch (StoreLockedException e) {
            // another process is writing now; the next start after it finishes upgrades the index
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Browsing by condition and place over a store opened here. */
    public static StudyBrowse browse(StudyStore store) {
        return new LuceneStudyBrowse((LuceneStudyStore) store);
    }

    /**
     * The search over a store opened here. Condition words are expanded with MeSH synonyms and
     * narrower terms (capped by the expander).
     */
    public static StudySearch search(StudyStore store) {
        ConceptExpander expander = new ConceptExpander(MeshThesaurus.loadDefault(), Abbreviations.loadDefault());
        return new LuceneStudySearch((LuceneStudyStore) store, new ConditionSynonyms(expander));
    }
}
