package org.trialfinder.store.opensearch.search;

import org.trialfinder.search.contract.FacetCountsContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class FacetCountsTest extends FacetCountsContract {}
