package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.MatchingContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class MatchingTest extends MatchingContract {}
