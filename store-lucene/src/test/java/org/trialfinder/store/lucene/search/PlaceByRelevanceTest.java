package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.PlaceByRelevanceContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class PlaceByRelevanceTest extends PlaceByRelevanceContract {}
