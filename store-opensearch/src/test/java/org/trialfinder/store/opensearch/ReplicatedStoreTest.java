package org.trialfinder.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.TestStudies.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.opensearch.testing.ThreeNodeCluster;

/**
 * A store of 3 shards with 1 replica each on three nodes, reached through all three addresses: when a node
 * goes away every read still answers with every study (the connection moves to the nodes left, the replicas
 * of the lost node's shards take over), and the cluster heals to green on the two nodes left.
 */
class ReplicatedStoreTest {
    private static ThreeNodeCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new ThreeNodeCluster();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void losingANodeLosesNoStudyAndNoRead() {
        try (var os = OpenSearchConnection.to(cluster.urls());
                var backend = OpenSearchBackend.open(
                        cluster.urls(),
                        new OpenSearchStoreSettings("replicated", 3, 1),
                        MeshThesaurus.loadDefault(),
                        Synonyms.NONE,
                        List.of())) {
            Set<String> written = new TreeSet<>();
            try (StoreWriter w = backend.store().openWriter()) {
                for (int i = 1; i <= 60; i++) {
                    String id = "NCT%08d".formatted(i);
                    w.upsert(study(id, "2024-01-10", "Study " + i, i % 2 == 0 ? "RECRUITING" : "COMPLETED", "China"));
                    written.add(id);
                }
                w.commit(Map.of());
            }
            var health = os.call("GET", "/_cluster/health", Map.of("wait_for_status", "green", "timeout", "60s"), null);
            assertThat(health.body().path("status").asText()).isEqualTo("green");
            String index =
                    os.call("GET", "/_alias/replicated").body().fieldNames().next();
            var settings = os.call("GET", "/" + index + "/_settings")
                    .body()
                    .path(index)
                    .path("settings")
                    .path("index");
            assertThat(settings.path("number_of_shards").asText()).isEqualTo("3");
            assertThat(settings.path("number_of_replicas").asText()).isEqualTo("1");

            // a lost node's replicas are rebuilt at once (OpenSearch waits a minute by default for it to come back)
            var now = new ObjectMapper().createObjectNode();
            now.putObject("index")
                    .putObject("unassigned")
                    .putObject("node_left")
                    .put("delayed_timeout", "0s");
            assertThat(os.call("PUT", "/" + index + "/_settings", now).ok()).isTrue();
            long t0 = System.nanoTime();
            cluster.stopNode(3);
            System.out.printf("node stopped in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            t0 = System.nanoTime();

            assertThat(backend.store().count()).isEqualTo(60);
            Set<String> read = new TreeSet<>();
            backend.store().forEach(s -> read.add(s.nctId()));
            assertThat(read).isEqualTo(written);
            for (String id : written) {
                assertThat(backend.store().get(id)).as(id).isPresent();
            }
            var page = backend.search()
                    .search(new SearchRequest(
                            List.of(),
                            List.of(),
                            Set.of("RECRUITING"),
                            List.of(),
                            Set.of(),
                            List.of(),
                            OptionalDouble.empty(),
                            Optional.empty(),
                            List.of(),
                            100,
                            Optional.empty(),
                            true,
                            false));
            assertThat(page.total()).hasValue(30);
            System.out.printf("reads after the loss took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            t0 = System.nanoTime();
            // the two nodes left hold every shard with its replica again
            var healed = os.call(
                    "GET", "/_cluster/health/" + index, Map.of("wait_for_status", "green", "timeout", "90s"), null);
            assertThat(healed.body().path("status").asText()).isEqualTo("green");
            assertThat(healed.body().path("number_of_nodes").asInt()).isEqualTo(2);
            System.out.printf("green again after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
