package org.trialfinder.store.opensearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.contract.ContractEngine;
import org.trialfinder.search.contract.EngineSample;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.opensearch.testing.SampleStore;

/**
 * OpenSearch for the search contracts: the shared {@link SampleStore}, spread over {@link SampleStore#SHARDS}
 * shards on the test node, so every contract's search, sort, page token and count goes through the distributed
 * path (per-shard hits merged, aggregations reduced).
 */
public final class OpenSearchContractEngine implements ContractEngine {
    @Override
    public EngineSample sample() {
        return Sample.INSTANCE;
    }

    private enum Sample implements EngineSample {
        INSTANCE;

        @Override
        public StudyStore store() {
            return SampleStore.get().store;
        }

        @Override
        public StudySearch search() {
            return SampleStore.get().search;
        }

        @Override
        public StudySearch searchWithDecayLimit(Synonyms synonyms, int decayLimit) {
            return new OpenSearchStudySearch(SampleStore.get().store, synonyms, decayLimit);
        }

        @Override
        public Map<String, JsonNode> records() {
            return SampleStore.get().records;
        }
    }
}
