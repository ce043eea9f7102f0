package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.SearchAgainstScanContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class SearchAgainstScanTest extends SearchAgainstScanContract {}
