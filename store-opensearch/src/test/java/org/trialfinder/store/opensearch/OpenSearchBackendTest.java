package org.trialfinder.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.search.contract.TestStudies.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.opensearch.testing.TestCluster;

/** The backend opened as the app would open it, and the clear refusals of a wrong address or a wrong server. */
class OpenSearchBackendTest {
    private static final MeshThesaurus MESH = MeshThesaurus.loadDefault();

    @Test
    void storeSearchBrowseSummariesAndStatisticsSeeOneCommit() {
        String name = TestCluster.uniqueName("backend");
        try (var backend = OpenSearchBackend.open(
                List.of(TestCluster.url()), new OpenSearchStoreSettings(name, 1, 0), MESH, Synonyms.NONE, List.of())) {
            try (StoreWriter w = backend.store().openWriter()) {
                w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
                w.upsert(study("NCT00000002", "2024-01-11", "Two", "COMPLETED", "France"));
                w.commit(Map.of());
            }
            assertThat(backend.store().count()).isEqualTo(2);
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
                            10,
                            Optional.empty(),
                            true,
                            false));
            assertThat(page.total()).hasValue(1);
            assertThat(page.hits().get(0).nctId()).isEqualTo("NCT00000001");
            assertThat(backend.browse().counts(BrowseDimension.COUNTRY))
                    .extracting(c -> c.key())
                    .containsExactly("china", "france");
            assertThat(backend.summaries()
                            .of(List.of("NCT00000002"))
                            .get("NCT00000002")
                            .nctId())
                    .isEqualTo("NCT00000002");
            int[] records = {0};
            backend.statistics().forEachRecordSize((id, size) -> records[0]++);
            assertThat(records[0]).isEqualTo(2);
        }
    }

    @Test
    void aWrongAddressIsRefusedNamingIt() {
        assertThatThrownBy(() -> OpenSearchBackend.open(
                        List.of("localhost:9200/x"),
                        OpenSearchStoreSettings.named("tf"),
                        MESH,
                        Synonyms.NONE,
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"localhost:9200/x\" is not an OpenSearch node address");
        assertThatThrownBy(() -> new OpenSearchStoreSettings("Trial Finder", 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot name an OpenSearch index");
    }

    @Test
    void aClusterThatIsNotRunningIsSaidSo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> OpenSearchBackend.open(
                        List.of("http://127.0.0.1:" + port),
                        OpenSearchStoreSettings.named("tf"),
                        MESH,
                        Synonyms.NONE,
                        List.of()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot reach OpenSearch at http://127.0.0.1:" + port)
                .hasMessageContaining("check the address and that the cluster is running");
    }

    @Test
    void aServerThatIsNotOpenSearchIsSaidSo() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"tagline\":\"You Know, for Search\",\"version\":{\"number\":\"8.0.0\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            assertThatThrownBy(() -> OpenSearchBackend.open(
                            List.of("http://127.0.0.1:" + server.getAddress().getPort()),
                            OpenSearchStoreSettings.named("tf"),
                            MESH,
                            Synonyms.NONE,
                            List.of()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is not OpenSearch");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRedClusterIsRefusedWithWhatToDo() {
        String index = TestCluster.uniqueName("unassignable");
        try (var os = OpenSearchConnection.to(List.of(TestCluster.url()))) {
            // a primary that may only live on a node that does not exist: the cluster turns red
            var body = new ObjectMapper().createObjectNode();
            body.putObject("settings")
                    .put("number_of_shards", 1)
                    .put("number_of_replicas", 0)
                    .put("index.routing.allocation.require._name", "no-such-node");
            assertThat(os.call("PUT", "/" + index, Map.of("wait_for_active_shards", "0"), body)
                            .ok())
                    .isTrue();
            try {
                assertThatThrownBy(() -> OpenSearchBackend.open(
                                List.of(TestCluster.url()),
                                OpenSearchStoreSettings.named("tf"),
                                MESH,
                                Synonyms.NONE,
                                List.of()))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("is red")
                        .hasMessageContaining("bring its nodes back");
            } finally {
                os.call("DELETE", "/" + index);
            }
        }
    }
}
