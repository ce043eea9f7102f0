package org.trialfinder.store.opensearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real OpenSearch node started inside the test JVM, once for the whole module's test run (~7 s), on free
 * loopback ports; every test class works in indices of its own name, so classes share the node without
 * seeing each other's data. Stopped when the JVM exits.
 */
public final class TestCluster {
    private static String url;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private TestCluster() {}

    /** The node's HTTP address, starting it on first use. */
    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /** A prefix for index and alias names no other test of this run uses. */
    public static String uniqueName(String base) {
        return base.toLowerCase() + "-" + NAMES.incrementAndGet();
    }

    private static String start() {
        try {
            Path dir = Files.createTempDirectory("tf-opensearch-");
            int http = freePort();
            int transport = freePort();
            OpenSearchRunner runner = new OpenSearchRunner();
            runner.onBuild((index, settings) -> {
                        settings.put("http.port", http);
                        settings.put("transport.port", transport);
                        settings.put("network.host", "127.0.0.1");
                        // the test machine's disk may be fuller than the default watermarks allow
                        settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
                    })
                    .build(OpenSearchRunner.newConfigs()
                            .basePath(dir.toString())
                            .numOfNode(1)
                            .clusterName("trialfinder-test-" + http)
                            .disableESLogger());
            runner.ensureYellow();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    runner.close();
                } catch (IOException e) {
                    // the JVM is exiting: nothing left to tell
                }
                runner.clean();
            }));
            return "http://127.0.0.1:" + http;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test OpenSearch node", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
