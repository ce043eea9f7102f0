package org.trialfinder.store.lucene;

import org.trialfinder.search.contract.StudySummariesContract;

/** The contract on this engine (see {@code META-INF/services}). */
class LuceneStudySummariesTest extends StudySummariesContract {}
