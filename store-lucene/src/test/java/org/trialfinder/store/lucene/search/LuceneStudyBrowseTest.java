package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.StudyBrowseContract;

/** The contract on this engine (see {@code META-INF/services}). */
class LuceneStudyBrowseTest extends StudyBrowseContract {}
