package org.trialfinder.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Pre-screening as a user meets it: {@code trialfinder serve} freshly started on the store (its own JVM, nothing
 * compiled in memory yet), the time of the first patient request, then of warm ones. Whatever the server does to be
 * ready (compile at ingest, in the background, on demand) is inside the first figure, unless it happens before the
 * server says it is running.
 */
public final class FreshServerMatch {
    private FreshServerMatch() {}

    /** The first (cold) request's seconds and the warm ones', each with the answer's status. */
    public record Timing(double firstSeconds, int firstStatus, double[] warmSeconds, int warmStatus, String snippet) {
        public double warmMedian() {
            double[] s = warmSeconds.clone();
            Arrays.sort(s);
            return s.length == 0
                    ? Double.NaN
                    : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }
    }

    /**
     * Starts the server from {@code root}'s app jar on {@code store}, POSTs {@code body} to {@code path} once cold and
     * {@code warm} more times, and stops it.
     */
    public static Timing measure(
            ProjectRoot root,
            ServerJvm jvm,
            Path store,
            long studies,
            String path,
            String body,
            int warm,
            PrintStream out)
            throws IOException, InterruptedException {
        Path appJar = root.path().resolve("app/target/trialfinder.jar");
        if (!Files.isRegularFile(appJar)) {
            throw new IOException(appJar + " is missing: build it with ./mvnw -B -q -DskipTests package -pl app -am");
        }
        Path jarCopy = root.path().resolve("bench/target/prescreen-app/trialfinder.jar");
        Files.createDirectories(jarCopy.getParent());
        Files.copy(appJar, jarCopy, StandardCopyOption.REPLACE_EXISTING);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try (ServerProcess server = ServerProcess.start(
                        java,
                        jvm.options(List.of()),
                        jarCopy,
                        store.toAbsolutePath(),
                        out,
                        Timeouts.serverStartSeconds(studies));
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
            HttpRequest req = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(Math.max(120, studies / 1000)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> first = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            double[] warmSeconds = new double[warm];
            int warmStatus = 200;
            for (int i = 0; i < warm; i++) {
                long w0 = System.nanoTime();
                HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                warmSeconds[i] = (System.nanoTime() - w0) / 1e9;
                if (r.statusCode() != 200) {
                    warmStatus = r.statusCode();
                }
            }
            String text = new String(first.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            return new Timing(
                    firstSeconds,
                    first.statusCode(),
                    warmSeconds,
                    warmStatus,
                    text.substring(0, Math.min(200, text.length())));
        }
    }
}
