package org.trialfinder.opensearch.testnode;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts real OpenSearch nodes (one cluster, each node cluster-manager eligible and a data node) on free loopback
 * ports, writes their HTTP addresses to a file (one a line, written whole once the cluster is ready), and keeps them
 * running until its standard input ends: a test JVM that starts this as a child process stops the nodes by closing
 * the pipe, and a test JVM that dies closes it too, so no node outlives its test run.
 *
 * <p>Usage: {@code TestNodes ADDRESS_FILE [NODES]} (default one node).
 */
public final class TestNodes {
    private TestNodes() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: TestNodes ADDRESS_FILE [NODES]");
            System.exit(2);
        }
        Path addressFile = Path.of(args[0]).toAbsolutePath();
        int nodes = args.length == 2 ? Integer.parseInt(args[1]) : 1;
        Path dir = Files.createTempDirectory("tf-opensearch-node-");
        int[] http = new int[nodes];
        int[] transport = new int[nodes];
        List<String> seeds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            http[i] = freePort();
            transport[i] = freePort();
            seeds.add("127.0.0.1:" + transport[i]);
            // the runner names its nodes "Node 1", "Node 2", …
            names.add("Node " + (i + 1));
        }
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((index, settings) -> {
                    settings.put("http.port", http[index - 1]);
                    settings.put("transport.port", transport[index - 1]);
                    settings.put("network.host", "127.0.0.1");
                    if (nodes > 1) {
                        // one node runs as a single-node cluster, which refuses these
                        settings.putList("discovery.seed_hosts", seeds);
                        settings.putList("cluster.initial_cluster_manager_nodes", names);
                    }
                    // the test machine's disk may be fuller than the default watermarks allow
                    settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
                })
                .build(OpenSearchRunner.newConfigs()
                        .basePath(dir.toString())
                        .numOfNode(nodes)
                        .clusterName("trialfinder-testnodes-" + http[0])
                        .disableESLogger());
        runner.ensureYellow();
        StringBuilder addresses = new StringBuilder();
        for (int port : http) {
            addresses.append("http://127.0.0.1:").append(port).append('\n');
        }
        Path partial = addressFile.resolveSibling(addressFile.getFileName() + ".partial");
        Files.writeString(partial, addresses, StandardCharsets.UTF_8);
        Files.move(partial, addressFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        waitForEndOfInput(System.in);
        runner.close();
        runner.clean();
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // nothing is expected on the pipe: its end is the signal to stop
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone: stop as well
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
