package org.trialfinder.store.opensearch.search;

import org.trialfinder.search.contract.SortAgainstScanContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class SortAgainstScanTest extends SortAgainstScanContract {}
