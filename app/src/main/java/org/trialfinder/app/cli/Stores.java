package org.trialfinder.app.cli;

import java.nio.file.Path;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneStudyStore;

/**
 * Where the app chooses its store backend. Today: the embedded Lucene store in a folder. A
 * distributed backend (OpenSearch) would be chosen here, behind the same {@link StudyStore}.
 */
public final class Stores {
    private Stores() {
    }

    public static StudyStore open(Path dataDir) {
        return LuceneStudyStore.open(dataDir);
    }
}
