package org.trialfinder.store.opensearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Three real OpenSearch nodes (each cluster-manager eligible and a data node) in the test JVM, on free loopback
 * ports, for the tests where replicas matter: started by the test class that needs them, stopped by it.
 */
public final class ThreeNodeCluster implements AutoCloseable {
    private final OpenSearchRunner runner = new OpenSearchRunner();
    private final List<String> urls = new ArrayList<>();

    public ThreeNodeCluster() {
        try {
            Path dir = Files.createTempDirectory("tf-opensearch-3-");
            int[] http = {freePort(), freePort(), freePort()};
            int[] transport = {freePort(), freePort(), freePort()};
            List<String> seeds = new ArrayList<>();
            for (int t : transport) {
                seeds.add("127.0.0.1:" + t);
            }
            runner.onBuild((index, settings) -> {
                        // the runner numbers its nodes from 1
                        settings.put("http.port", http[index - 1]);
                        settings.put("transport.port", transport[index - 1]);
                        settings.put("network.host", "127.0.0.1");
                        settings.putList("discovery.seed_hosts", seeds);
                        settings.putList("cluster.initial_cluster_manager_nodes", "Node 1", "Node 2", "Node 3");
                        settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
                    })
                    .build(OpenSearchRunner.newConfigs()
                            .basePath(dir.toString())
                            .numOfNode(3)
                            .clusterName("trialfinder-test-3-" + http[0])
                            .disableESLogger());
            runner.ensureGreen();
            for (int h : http) {
                urls.add("http://127.0.0.1:" + h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the three test OpenSearch nodes", e);
        }
    }

    /** The three nodes' HTTP addresses, in node order. */
    public List<String> urls() {
        return List.copyOf(urls);
    }

    /** Stops node {@code n} (1, 2 or 3) as a crash would take it away: its HTTP and transport ports close. */
    public void stopNode(int n) {
        try {
            runner.getNode(n - 1).close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop node " + n, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            runner.close();
        } catch (IOException e) {
            // stopping test nodes: nothing left to keep
        }
        runner.clean();
    }
}
