package org.trialfinder.store.lucene;

import org.trialfinder.search.contract.StudyStoreContract;

/** The contract on this engine (see {@code META-INF/services}). */
class LuceneStudyStoreTest extends StudyStoreContract {}
