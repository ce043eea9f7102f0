package org.trialfinder.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.search.contract.TestStudies.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.contract.StudyStoreContract;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.opensearch.testing.RefusingProxy;
import org.trialfinder.store.opensearch.testing.TestCluster;

/**
 * The store contract on a real OpenSearch node, and what only this engine has: a transaction is an index of its
 * own (a failed one leaves the served one and its own index goes), the mapping's schema mark, and bulk writes
 * refused for load (429) sent again. Each test here works in a store of its own name.
 */
class OpenSearchStudyStoreTest extends StudyStoreContract {
    private static MeshThesaurus mesh;
    private static OpenSearchConnection os;
    private String name;

    @BeforeAll
    static void connect() {
        mesh = MeshThesaurus.loadDefault();
        os = OpenSearchConnection.to(List.of(TestCluster.url()));
    }

    @AfterAll
    static void disconnect() {
        os.close();
    }

    @BeforeEach
    void freshName() {
        name = TestCluster.uniqueName("store");
    }

    /** A store of this test's own name, which its tests look at on the cluster. */
    private OpenSearchStudyStore openNamed() {
        return OpenSearchStudyStore.open(os, new OpenSearchStoreSettings(name, 1, 0), mesh, List.of());
    }

    @Test
    void aFailedTransactionLeavesThePreviousStateServedAndItsIndexGone() {
        try (var store = openNamed()) {
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000001", "2024-01-10", "Served", "RECRUITING", "China"));
                w.commit(Map.of("note", "first"));
            }
            // a transaction that wrote (and sent its batches) but never committed: the writer dies with it
            try (StoreWriter w = store.openWriter()) {
                for (int i = 2; i <= 40; i++) {
                    w.upsert(study("NCT%08d".formatted(i), "2024-01-10", "Lost", "RECRUITING", "France"));
                }
                w.upsert(study("NCT00000001", "2025-01-10", "Lost too", "RECRUITING", "China"));
                w.flushBuffered();
                assertThat(store.count()).isEqualTo(1);
            }
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.get("NCT00000001").orElseThrow().study().briefTitle())
                    .isEqualTo("Served");
            assertThat(store.stats().byCountry()).containsOnlyKeys("China");
            var indices = os.call("GET", "/_cat/indices/" + name + "-*", Map.of("format", "json"), null);
            List<String> generations = new ArrayList<>();
            indices.body().forEach(i -> generations.add(i.path("index").asText()));
            // the served generation, and the index that holds the write lock
            assertThat(generations).hasSize(2).contains(name + "-writer-lock");
        }
    }

    @Test
    void aStoreWrittenByAnotherSchemaIsRefusedWithWhatToDo() {
        try (var store = openNamed();
                StoreWriter w = store.openWriter()) {
            w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
            w.commit(Map.of());
        }
        String index = os.call("GET", "/_alias/" + name).body().fieldNames().next();
        var body = new ObjectMapper().createObjectNode();
        body.putObject("_meta").put("trialfinderSchema", 0);
        assertThat(os.call("PUT", "/" + index + "/_mapping", body).ok()).isTrue();
        assertThatThrownBy(this::openNamed)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("written by another Trialfinder version")
                .hasMessageContaining("ingest the data again");
    }

    @Test
    void writesRefusedForLoadAreSentAgainAndNoStudyIsLost() throws Exception {
        try (var proxy = new RefusingProxy(TestCluster.url());
                var through = OpenSearchConnection.to(List.of(proxy.url()));
                var store =
                        OpenSearchStudyStore.open(through, new OpenSearchStoreSettings(name, 1, 0), mesh, List.of())) {
            try (StoreWriter w = store.openWriter()) {
                for (int i = 1; i <= 30; i++) {
                    w.upsert(study("NCT%08d".formatted(i), "2024-01-10", "Study " + i, "RECRUITING", "China"));
                }
                w.flushBuffered();
                w.commit(Map.of());
            }
            assertThat(proxy.refusals.get()).isEqualTo(2);
            assertThat(store.count()).isEqualTo(30);
            List<String> ids = new ArrayList<>();
            store.forEach(s -> ids.add(s.nctId()));
            assertThat(ids).hasSize(30).doesNotHaveDuplicates();
        }
    }
}
