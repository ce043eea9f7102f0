package org.trialfinder.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.app.server.WebServer;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.sync.SyncOptions;
import org.trialfinder.model.StudyJson;

/**
 * The background sync of a real server on loopback against a fake ClinicalTrials.gov API v2 (real sample
 * records, changed): the changes appear in one commit (every read sees all of the sync or none of it),
 * /health and /api/v2/version report it, a failing upstream is logged and retried while serving goes on,
 * and closing stops a sync under way with nothing of it stored. The upstream holds a page until the test
 * has looked, so "during the sync" does not depend on the machine's speed.
 */
class BackgroundSyncTest {
    private static final DateTimeFormatter VERSION_STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    private final List<JsonNode> sample = SampleRecords.first(160);
    private Trialfinder app;
    private WebServer server;
    private ServerOps ops;
    private BackgroundSync sync;
    private FakeCtgovApi upstream;

    @BeforeEach
    void storeWithTheFirst100() {
        app = Trialfinder.open(tmp.resolve("data"), log);
        app.ingester(IngestOptions.quiet())
                .ingestPaths(List.of(SampleRecords.jsonl(tmp.resolve("first.jsonl"), sample.subList(0, 100))));
        ops = ServerOps.defaults(app.store());
        server = WebServer.start(app, "127.0.0.1", 0, ops);
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.close();
        }
        if (upstream != null) {
            upstream.close();
        }
        server.close();
        app.close();
    }

    @Test
    void changesAppearInOneCommitAndHealthAndVersionReportTheSync() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<JsonNode> posted = new ArrayList<>();
        for (JsonNode r : sample.subList(60, 160)) { // 40 stored ones changed, 60 new ones
            posted.add(SampleRecords.changed(r, today));
        }
        Map<String, String> before = titles(sample.subList(60, 100));
        Map<String, String> after = titles(posted);
        String ids = posted.stream().map(SampleRecords::id).collect(Collectors.joining(","));
        String versionBefore = json("/api/v2/version").path("dataTimestamp").asText();
        String stampBefore = json("/health").path("dataTimestamp").asText();

        upstream = new FakeCtgovApi(0, 10).serve(posted).hold(6); // 50 records sent, then the sync waits
        sync = BackgroundSync.start(app, options(upstream.baseUrl(), 2), Duration.ofHours(1), log);
        upstream.awaitHeld(120);
        JsonNode during = json("/health");
        assertThat(during.at("/sync/running").asBoolean()).isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(seen(ids)).as("mid-sync read %d", i).isEqualTo(before);
        }
        assertThat(json("/api/v2/version").path("dataTimestamp").asText()).isEqualTo(versionBefore);

        upstream.release();
        int reads = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (json("/health").at("/sync/last").isNull()) {
            Map<String, String> seen = seen(ids);
            assertThat(seen).as("read %d while the sync commits", reads).isIn(before, after);
            reads++;
            assertThat(System.nanoTime()).as("the sync ends").isLessThan(deadline);
        }
        JsonNode health = json("/health");
        assertThat(health.at("/sync/last/outcome").asText())
                .as("%s%n%s", health, logBytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("ok");
        assertThat(seen(ids)).isEqualTo(after);

        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("studies").asLong()).isEqualTo(160);
        JsonNode last = health.at("/sync/last");
        assertThat(last.path("outcome").asText()).isEqualTo("ok");
        assertThat(last.path("added").asLong()).isEqualTo(60);
        assertThat(last.path("updated").asLong()).isEqualTo(40);
        assertThat(last.path("unchanged").asLong()).isZero();
        assertThat(last.path("rejected").asLong()).isZero();
        assertThat(last.path("error").isNull()).isTrue();
        assertThat(health.at("/sync/running").asBoolean()).isFalse();
        assertThat(health.at("/sync/consecutiveFailures").asInt()).isZero();
        assertThat(health.at("/sync/url").asText()).isEqualTo(upstream.baseUrl().toString());
        assertThat(health.at("/sync/every").asText()).isEqualTo("1h");
        Instant finished = Instant.parse(last.path("finishedAt").asText());
        assertThat(Instant.parse(health.at("/sync/nextDueAt").asText())).isEqualTo(finished.plus(Duration.ofHours(1)));
        assertThat(Instant.parse(health.at("/sync/lastSuccessAt").asText())).isEqualTo(finished);

        // the data timestamp is the sync's commit: later than the ingest's, within the sync, and the
        // version answer carries the same time in the official format
        Instant stamp = Instant.parse(health.path("dataTimestamp").asText());
        assertThat(stamp).isAfter(Instant.parse(stampBefore));
        assertThat(stamp).isBetween(Instant.parse(last.path("startedAt").asText()), finished);
        assertThat(health.path("dataAgeSeconds").asLong()).isBetween(0L, 60L);
        JsonNode version = json("/api/v2/version");
        assertThat(version.path("dataTimestamp").asText()).isEqualTo(VERSION_STAMP.format(stamp));
        assertThat(version.path("apiVersion").asText()).isEqualTo("2.0.5");

        // each changed record is served exactly as the upstream posted it
        for (JsonNode r : List.of(posted.get(0), posted.get(99))) {
            assertThat(json("/api/v2/studies/" + SampleRecords.id(r))).isEqualTo(r);
        }
        assertThat(logBytes.toString(StandardCharsets.UTF_8))
                .contains("sync: syncing in the background from " + upstream.baseUrl() + " every 1h")
                .contains("60 added, 40 updated, 0 unchanged, 0 rejected; the store holds 160 studies; next sync in");
    }

    @Test
    void aFailingUpstreamIsLoggedAndRetriedWhileServingGoesOn() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free now: nothing listens there until the upstream starts below
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/api/v2");
        sync = BackgroundSync.start(app, options(base, 1), Duration.ofSeconds(1), log, ops.metrics());

        JsonNode refused = awaitHealth(h -> h.at("/sync/last/outcome").asText().equals("failed"));
        assertThat(refused.path("status").asText()).isEqualTo("ok");
        assertThat(refused.at("/sync/last/error").asText())
                .contains(
                        "network error: cannot connect to 127.0.0.1:" + port + " (connection refused or unreachable)");
        Instant failedAt = Instant.parse(refused.at("/sync/last/finishedAt").asText());
        // retried one period later (the backoff of 1 min, doubling, is capped at --sync-every): no tight loop
        assertThat(Instant.parse(refused.at("/sync/nextDueAt").asText())).isEqualTo(failedAt.plusSeconds(1));
        assertThat(get("/api/v2/studies/" + SampleRecords.id(sample.get(0))).statusCode())
                .isEqualTo(200);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<JsonNode> posted = sample.subList(0, 5).stream()
                .map(r -> SampleRecords.changed(r, today))
                .toList();
        JsonNode broken = StudyJson.mapper()
                .readTree("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT123\"},"
                        + "\"statusModule\":{\"lastUpdatePostDateStruct\":{\"date\":\"" + today + "\"}}}}");
        upstream = new FakeCtgovApi(port, 10)
                .serve(List.of(posted.get(0), posted.get(1), posted.get(2), posted.get(3), posted.get(4), broken))
                .failNext(2);
        JsonNode ok = awaitHealth(h -> h.at("/sync/last/outcome").asText().equals("ok"));
        assertThat(ok.at("/sync/last/updated").asLong()).isEqualTo(5);
        assertThat(ok.at("/sync/last/rejected").asLong()).isEqualTo(1);
        assertThat(ok.at("/sync/consecutiveFailures").asInt()).isZero();
        assertThat(json("/api/v2/studies/" + SampleRecords.id(posted.get(0)))).isEqualTo(posted.get(0));

        String text = logBytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("sync: failed after").contains("network error");
        assertThat(text)
                .contains("HTTP 500: upstream is down for maintenance")
                .contains("the store keeps its previous state; next attempt in 1s");
        assertThat(text).contains("0 added, 5 updated, 0 unchanged, 1 rejected");
        assertThat(text).contains("sync: rejected sync page 1#studies[5]: ").contains("NCT123");

        // the attempts reached the server's /metrics as the background sync reports them
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("trialfinder_sync_total{outcome=\"success\"} 1.0");
        assertThat(metrics).containsPattern("trialfinder_sync_total\\{outcome=\"failure\"\\} [1-9]");
        assertThat(metrics).contains("trialfinder_sync_studies_total 5.0");
    }

    @Test
    void closingStopsASyncUnderWayAndNothingOfItIsStored() throws Exception {
        List<JsonNode> posted = sample.subList(60, 160).stream()
                .map(r -> SampleRecords.changed(r, LocalDate.now(ZoneOffset.UTC)))
                .toList();
        upstream = new FakeCtgovApi(0, 10).serve(posted).hold(3);
        sync = BackgroundSync.start(app, options(upstream.baseUrl(), 2), Duration.ofHours(1), log);
        upstream.awaitHeld(120);
        long t0 = System.nanoTime();
        sync.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThat(logBytes.toString(StandardCharsets.UTF_8))
                .contains("sync: stopped for shutdown; nothing of the unfinished sync was stored");
        assertThat(app.store().count()).isEqualTo(100);
        assertThat(app.store()
                        .get(SampleRecords.id(sample.get(60)))
                        .orElseThrow()
                        .json())
                .satisfies(j -> assertThat(StudyJson.mapper().readTree(j)).isEqualTo(sample.get(60)));
        // the stopped sync let go of the store: another writer gets it
        var summary = app.ingester(IngestOptions.quiet())
                .ingestPaths(List.of(SampleRecords.jsonl(tmp.resolve("more.jsonl"), sample.subList(100, 101))));
        assertThat(summary.added()).isEqualTo(1);
    }

    @Test
    void healthIs503WhenTheStoreCannotBeRead() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(json("/health").at("/sync/configured").asBoolean()).isFalse();
        app.close(); // the store's files closed under the running server
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = StudyJson.mapper().readTree(r.body());
        assertThat(body.path("status").asText()).isEqualTo("unavailable");
        assertThat(body.path("error").asText()).startsWith("the store cannot be read");
        app = Trialfinder.open(tmp.resolve("data"), log); // for stop()
    }

    @Test
    void retriesBackOffFromAMinuteDoublingUpToThePeriod() {
        Duration day = Duration.ofHours(24);
        assertThat(BackgroundSync.retryAfter(1, day)).isEqualTo(Duration.ofMinutes(1));
        assertThat(BackgroundSync.retryAfter(2, day)).isEqualTo(Duration.ofMinutes(2));
        assertThat(BackgroundSync.retryAfter(5, day)).isEqualTo(Duration.ofMinutes(16));
        assertThat(BackgroundSync.retryAfter(12, day)).isEqualTo(day);
        assertThat(BackgroundSync.retryAfter(100, day)).isEqualTo(day);
        assertThat(BackgroundSync.retryAfter(1, Duration.ofSeconds(90))).isEqualTo(Duration.ofMinutes(1));
        assertThat(BackgroundSync.retryAfter(2, Duration.ofSeconds(90))).isEqualTo(Duration.ofSeconds(90));
    }

    private static SyncOptions options(URI base, int attempts) {
        SyncOptions d = SyncOptions.defaults(base);
        return new SyncOptions(base, Duration.ZERO, attempts, Duration.ofMillis(100), Duration.ofSeconds(30), 1000);
    }

    /** id -> title of the given records as one read of the API shows them (one request: one commit). */
    private Map<String, String> seen(String ids) throws Exception {
        JsonNode page = json("/api/v2/studies?pageSize=1000&fields=NCTId%7CBriefTitle&filter.ids=" + ids);
        Map<String, String> out = new TreeMap<>();
        page.path("studies").forEach(s -> out.put(SampleRecords.id(s), SampleRecords.title(s)));
        return out;
    }

    private static Map<String, String> titles(List<JsonNode> records) {
        Map<String, String> out = new TreeMap<>();
        records.forEach(r -> out.put(SampleRecords.id(r), SampleRecords.title(r)));
        return out;
    }

    private JsonNode awaitHealth(Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            JsonNode h = json("/health");
            if (until.test(h)) {
                return h;
            }
            assertThat(System.nanoTime())
                    .as("health never became as expected: %s", h)
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return StudyJson.mapper().readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
