package org.trialfinder.store.opensearch.search;

import org.trialfinder.search.contract.SearchAgainstScanContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class SearchAgainstScanTest extends SearchAgainstScanContract {}
