package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.PageTokenStabilityContract;

/** The contract on this engine (see {@code META-INF/services}). */
class PageTokenStabilityTest extends PageTokenStabilityContract {}
