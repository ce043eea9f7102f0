package org.trialfinder.store.opensearch.search;

import org.trialfinder.search.contract.StudyBrowseContract;

/** The contract on this engine (see {@code META-INF/services}). */
class OpenSearchStudyBrowseTest extends StudyBrowseContract {}
