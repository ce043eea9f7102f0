package org.trialfinder.store.opensearch;

import org.trialfinder.search.contract.StudySummariesContract;

/** The contract on this engine (see {@code META-INF/services}). */
class OpenSearchStudySummariesTest extends StudySummariesContract {}
