package org.trialfinder.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.Expansion;
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
        LuceneStudyStore store = LuceneStudyStore.open(dataDir);
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
        ConceptExpander expander = ConceptExpander.loadDefault();
        return new LuceneStudySearch((LuceneStudyStore) store, phrase -> {
            Expansion e = expander.expand(phrase);
            // narrower concepts by name and by their unambiguous abbreviations ("NSCLC" is a lung cancer)
            List<String> narrower = new ArrayList<>();
            for (Expansion.Term t : e.terms()) {
                if (t.kind() == Expansion.Kind.NARROWER) {
                    narrower.add(t.text());
                    expander.abbreviations().forMeshId(t.descriptorId()).stream()
                            .filter(sense -> !expander.abbreviations().isAmbiguous(sense.abbreviation()))
                            .forEach(sense -> narrower.add(sense.abbreviation()));
                }
            }
            return new Synonyms.Alternatives(
                    e.texts(
                            Expansion.Kind.PREFERRED,
                            Expansion.Kind.EXPANSION,
                            Expansion.Kind.SYNONYM,
                            Expansion.Kind.ABBREVIATION),
                    narrower);
        });
    }
}
