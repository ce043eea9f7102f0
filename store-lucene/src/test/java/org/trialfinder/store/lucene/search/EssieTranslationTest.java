package org.trialfinder.store.lucene.search;

import org.trialfinder.search.contract.EssieTranslationContract;

/** The contract on this engine's sample (see {@code META-INF/services}). */
class EssieTranslationTest extends EssieTranslationContract {}
