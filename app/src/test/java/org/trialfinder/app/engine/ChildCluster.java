package org.trialfinder.app.engine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real OpenSearch nodes in a child JVM of their own (module {@code opensearch-testnode}, on the classpath it wrote
 * to {@code target/testnode.classpath}): this module's classpath carries the embedded store's newer Lucene, which
 * OpenSearch's nodes must not meet. The child stops when its standard input closes: on {@link #close()}, or when
 * this JVM dies.
 */
public final class ChildCluster implements AutoCloseable {
    private static final Path TOOL = Path.of("..", "opensearch-testnode", "target");

    private final Process process;
    private final Path log;
    private final List<String> urls;

    private ChildCluster(Process process, Path log, List<String> urls) {
        this.process = process;
        this.log = log;
        this.urls = urls;
    }

    /** Starts {@code nodes} nodes and returns once the cluster is at least yellow (at most 3 minutes). */
    public static ChildCluster start(Path workDir, int nodes) throws IOException, InterruptedException {
        Path classpathFile = TOOL.resolve("testnode.classpath");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile.toAbsolutePath()
                    + " is missing: build the module opensearch-testnode first (the reactor does, before app)");
        }
        String classpath = TOOL.resolve("classes").toAbsolutePath()
                + File.pathSeparator
                + Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
        Path addresses = workDir.resolve("opensearch-addresses");
        Path log = workDir.resolve("opensearch-nodes.log");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        classpath,
                        "org.trialfinder.opensearch.testnode.TestNodes",
                        addresses.toString(),
                        Integer.toString(nodes))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(addresses)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the OpenSearch test nodes did not start; their output:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        List<String> urls = Files.readAllLines(addresses, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        return new ChildCluster(process, log, urls);
    }

    /** The nodes' HTTP addresses. */
    public List<String> urls() {
        return urls;
    }

    /** The addresses as {@code --opensearch} takes them. */
    public String option() {
        return String.join(",", urls);
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** What the nodes printed, for a failing test's message. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
