package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.FacetCountsContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class FacetCountsTest extends FacetCountsContract {}
