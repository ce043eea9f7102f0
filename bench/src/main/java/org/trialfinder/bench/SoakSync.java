package org.trialfinder.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The soak's syncs: round k publishes k's batch of changed studies on the {@link FakeCtGovApi} (the k-th slice of the
 * corpus's first studies, each with today's {@code lastUpdatePostDate}, enrollment + 1 and a title mark unique to the
 * round) and runs the real {@code trialfinder sync --base-url <fake> --interval 0 --since <today>} as its own JVM
 * against the served store, then checks that the server serves the new versions.
 *
 * <p>When {@code serve} syncs by itself (the default: {@code --sync-url <fake> --sync-every 2m}, its background sync),
 * the soak gives it the fake's URL when it starts the server and a round here only publishes its batch and waits for
 * the probes, for up to the sync period and a margin: the server syncs on its own clock, not the soak's.
 */
final class SoakSync {
    private static final int PROBES = 5;

    private final ObjectMapper mapper = new ObjectMapper();
    private final FakeCtGovApi api;
    private final List<String> corpusHead;
    private final int perRound;
    private final List<String> syncCommand;
    private final Path logDir;
    private final HttpClient client;
    private final String serverBase;
    /** How long a round waits for its batch to be served, from publishing it (or from starting the sync process). */
    private final long servedWithinSeconds;

    /** What one round did. {@code visibleSeconds} is NaN when a probe never showed the new version. */
    record Round(int round, int studies, int exitCode, double syncSeconds, double visibleSeconds, String summary) {
        boolean ok() {
            return exitCode == 0 && !Double.isNaN(visibleSeconds);
        }
    }

    /**
     * {@code syncCommand}: the {@code trialfinder sync} command line each round runs, or null when the server syncs
     * by itself in the background.
     */
    SoakSync(
            FakeCtGovApi api,
            List<String> corpusHead,
            int perRound,
            List<String> syncCommand,
            Path logDir,
            HttpClient client,
            String serverBase,
            long servedWithinSeconds) {
        this.api = api;
        this.corpusHead = corpusHead;
        this.perRound = perRound;
        this.syncCommand = syncCommand;
        this.logDir = logDir;
        this.client = client;
        this.serverBase = serverBase;
        this.servedWithinSeconds = servedWithinSeconds;
    }

    /** The first {@code n} studies of a generated corpus (gzip JSON Lines), as their JSON text. */
    static List<String> readCorpusHead(Path corpus, int n) throws IOException {
        List<String> lines = new ArrayList<>(n);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line; lines.size() < n && (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        if (lines.size() < n) {
            throw new IOException(corpus + " holds " + lines.size() + " studies, fewer than the " + n + " needed");
        }
        return lines;
    }

    /** Round {@code k} (from 0): publish its batch, run the sync process, wait for the new versions to be served. */
    Round run(int k) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String mark = "[rev " + Long.toString(System.currentTimeMillis(), 36) + "]";
        List<String> batch = new ArrayList<>(perRound);
        List<String> ids = new ArrayList<>(perRound);
        for (String line : corpusHead.subList(k * perRound, (k + 1) * perRound)) {
            var changed = ServedUpdate.change(mapper.readTree(line), today, mark);
            ids.add(changed.at("/protocolSection/identificationModule/nctId").asText());
            batch.add(mapper.writeValueAsString(changed));
        }
        api.publish(k + 1, today, batch);
        long t0 = System.nanoTime();
        if (syncCommand == null) {
            double visible = awaitServed(ids, mark, t0);
            return new Round(k + 1, batch.size(), 0, visible, visible, "by serve's background sync");
        }
        Path log = logDir.resolve("sync-round-" + (k + 1) + ".log");
        List<String> cmd = new ArrayList<>(syncCommand);
        cmd.addAll(List.of("--base-url", api.baseUrl(), "--interval", "0", "--since", today.toString()));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exit;
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            exit = p.waitFor();
        } finally {
            p.destroyForcibly();
        }
        double syncSeconds = (System.nanoTime() - t0) / 1e9;
        double visible = awaitServed(ids, mark, t0);
        String summary = Files.readAllLines(log).stream()
                .filter(l -> l.contains("updated:") || l.contains("rejected:") || l.startsWith("trialfinder:"))
                .map(String::strip)
                .reduce((a, b) -> a + ", " + b)
                .orElse("(no summary: see " + log + ")");
        return new Round(k + 1, batch.size(), exit, syncSeconds, visible, summary);
    }

    /** Seconds from {@code t0} until every probe is served in its new version; NaN after {@code servedWithinSeconds}. */
    private double awaitServed(List<String> ids, String mark, long t0) throws InterruptedException {
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
            waiting.add(ids.get(i * (ids.size() - 1) / (PROBES - 1)));
        }
        long deadline = t0 + TimeUnit.SECONDS.toNanos(servedWithinSeconds);
        while (System.nanoTime() < deadline) {
            waiting.removeIf(id -> served(id, mark));
            if (waiting.isEmpty()) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(100);
        }
        return Double.NaN;
    }

    private boolean served(String id, String mark) {
        try {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(serverBase + "/api/v2/studies/" + id))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains(mark);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
