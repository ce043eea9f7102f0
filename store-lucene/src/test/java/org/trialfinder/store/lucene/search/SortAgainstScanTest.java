package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.SortAgainstScanContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class SortAgainstScanTest extends SortAgainstScanContract {}
