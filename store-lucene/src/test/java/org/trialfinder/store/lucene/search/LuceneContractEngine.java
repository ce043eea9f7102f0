package org.trialfinder.store.lucene.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.contract.ContractEngine;
import org.trialfinder.search.contract.EngineSample;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneStudyStore;
import org.trialfinder.store.lucene.testing.SampleIndex;

/** The embedded engine for the search contracts: the shared {@link SampleIndex}. */
public final class LuceneContractEngine implements ContractEngine {
    @Override
    public EngineSample sample() {
        return Sample.INSTANCE;
    }

    private enum Sample implements EngineSample {
        INSTANCE;

        @Override
        public StudyStore store() {
            return SampleIndex.get().store;
        }

        @Override
        public StudySearch search() {
            return SampleIndex.get().search;
        }

        @Override
        public StudySearch searchWithDecayLimit(Synonyms synonyms, int decayLimit) {
            return new LuceneStudySearch((LuceneStudyStore) store(), synonyms, decayLimit, true);
        }

        @Override
        public Map<String, JsonNode> records() {
            return SampleIndex.get().records;
        }
    }
}
