package org.trialfinder.store.opensearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.contract.ContractEngine;
import org.trialfinder.search.contract.EngineSample;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.opensearch.OpenSearchConnection;
import org.trialfinder.store.opensearch.OpenSearchStoreSettings;
import org.trialfinder.store.opensearch.OpenSearchStudyStore;
import org.trialfinder.store.opensearch.testing.SampleStore;
import org.trialfinder.store.opensearch.testing.TestCluster;

/**
 * OpenSearch for the search contracts: the shared {@link SampleStore}, spread over {@link SampleStore#SHARDS}
 * shards on the test node, so every contract's search, sort, page token and count goes through the distributed
 * path (per-shard hits merged, aggregations reduced); empty stores are indices of their own name on the same node.
 */
public final class OpenSearchContractEngine implements ContractEngine {
    private static OpenSearchConnection connection;
    private static MeshThesaurus mesh;

    @Override
    public EngineSample sample() {
        return Sample.INSTANCE;
    }

    @Override
    public StorePlace newStorePlace() {
        OpenSearchStoreSettings settings = new OpenSearchStoreSettings(TestCluster.uniqueName("contract"), 1, 0);
        return () -> OpenSearchStudyStore.open(connection(), settings, mesh, List.of());
    }

    /** One connection to the test node for the run's empty stores (they do not need the sample written). */
    private static synchronized OpenSearchConnection connection() {
        if (connection == null) {
            mesh = MeshThesaurus.loadDefault();
            connection = OpenSearchConnection.to(List.of(TestCluster.url()));
            OpenSearchConnection opened = connection;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
        }
        return connection;
    }

    @Override
    public StudySearch search(StudyStore store, Synonyms synonyms) {
        return new OpenSearchStudySearch((OpenSearchStudyStore) store, synonyms);
    }

    @Override
    public StudyBrowse browse(StudyStore store) {
        return new OpenSearchStudyBrowse((OpenSearchStudyStore) store);
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
        public StudySummaries summaries() {
            return SampleStore.get().summaries;
        }

        @Override
        public Map<String, JsonNode> records() {
            return SampleStore.get().records;
        }
    }
}
