package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.PagingAndNearestSiteContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class PagingAndNearestSiteTest extends PagingAndNearestSiteContract {}
