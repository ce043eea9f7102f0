package org.trialfinder.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.app.server.WebServer;
import org.trialfinder.ingest.IngestSummary;

/**
 * {@code /metrics} and the access log of a real server on loopback (over the bundled sample): the request counts and
 * histogram buckets move by exactly the requests sent, by route template; the exposition is valid Prometheus text;
 * every access log line is in the Combined Log Format and none carries what was typed about a patient.
 */
class MetricsAndAccessLogTest {
    /** Apache's combined format: host ident user [time] "request" status bytes "referer" "agent". */
    static final Pattern COMBINED = Pattern.compile(
            "^(\\S+) (\\S+) (\\S+) \\[(\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4})\\] "
                    + "\"((?:[^\"\\\\]|\\\\.)*)\" (\\d{3}) (\\d+|-) \"((?:[^\"\\\\]|\\\\.)*)\" \"((?:[^\"\\\\]|\\\\.)*)\"$");

    static final String SECRET_CONDITION = "Zyxoplasmosis";

    @TempDir
    static Path tmp;

    static SampleServer sample;
    static ServerOps ops;
    static WebServer server;
    static String base;
    static Path accessLog;
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        sample = SampleServer.get();
        accessLog = tmp.resolve("logs/access.log");
        ops = ServerOps.of(sample.store, Optional.of(new ServerOps.File(accessLog)), ServerOps.DEFAULT_IDLE_TIMEOUT);
        server = WebServer.start(sample.app, "127.0.0.1", 0, ops);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    static PrometheusText scrape() throws Exception {
        HttpResponse<String> r = get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
        return PrometheusText.parse(r.body());
    }

    static Map<String, String> labels(String route, String method, String status) {
        return Map.of("route", route, "method", method, "status", status);
    }

    @Test
    void requestCountsAndHistogramBucketsMoveByExactlyWhatWasSent() throws Exception {
        List<String> ids = sample.records.keySet().stream().limit(3).toList();
        PrometheusText before = scrape();
        for (String id : ids) {
            assertThat(get("/api/v2/studies/" + id).statusCode()).isEqualTo(200);
        }
        assertThat(get("/api/v2/studies/NCT99999998").statusCode()).isEqualTo(404);
        assertThat(get("/api/v2/studies/NCT99999999").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page-Quuxitis").statusCode()).isEqualTo(404);
        PrometheusText after = scrape();

        String fetch = "/api/v2/studies/{nctId}";
        String count = "http_server_requests_seconds_count";
        assertThat(delta(before, after, count, labels(fetch, "GET", "2xx"))).isEqualTo(3);
        assertThat(delta(before, after, count, labels(fetch, "GET", "4xx"))).isEqualTo(2);
        assertThat(delta(before, after, count, labels(ServerMetrics.UNMATCHED, "GET", "4xx")))
                .isEqualTo(1);
        // the histogram: cumulative buckets, each moved by at most what was sent, +Inf and 30 s by all of it
        double previous = 0;
        List<PrometheusText.Sample> buckets = after.named("http_server_requests_seconds_bucket").stream()
                .filter(s -> s.labels()
                        .entrySet()
                        .containsAll(labels(fetch, "GET", "2xx").entrySet()))
                .toList();
        assertThat(buckets).hasSizeGreaterThanOrEqualTo(15);
        for (PrometheusText.Sample bucket : buckets) {
            Map<String, String> withLe = new HashMap<>(labels(fetch, "GET", "2xx"));
            withLe.put("le", bucket.labels().get("le"));
            double moved = delta(before, after, "http_server_requests_seconds_bucket", withLe);
            assertThat(moved).isBetween(previous, 3.0);
            previous = moved;
        }
        Map<String, String> inf = new HashMap<>(labels(fetch, "GET", "2xx"));
        inf.put("le", "+Inf");
        assertThat(delta(before, after, "http_server_requests_seconds_bucket", inf))
                .isEqualTo(3);
        Map<String, String> thirty = new HashMap<>(labels(fetch, "GET", "2xx"));
        thirty.put("le", "30.0");
        assertThat(delta(before, after, "http_server_requests_seconds_bucket", thirty))
                .isEqualTo(3);
        assertThat(after.types()).containsEntry("http_server_requests_seconds", "histogram");
        // bounded labels: no series names a raw path
        assertThat(after.samples())
                .noneSatisfy(s -> assertThat(s.labels().values())
                        .anySatisfy(v -> assertThat(v).containsAnyOf(ids.get(0), "NCT99999998", "Quuxitis")));
    }

    @Test
    void storeSizeDataAgeAndTheJvmAreShown() throws Exception {
        // a GC pause series exists once a collection has happened: ask for one and wait for its notification
        PrometheusText m = scrape();
        for (int i = 0; i < 50 && !m.types().containsKey("jvm_gc_pause_seconds"); i++) {
            System.gc();
            Thread.sleep(100);
            m = scrape();
        }
        assertThat(m.value("trialfinder_store_studies", Map.of())).isEqualTo(sample.store.count());
        double age = m.value("trialfinder_data_age_seconds", Map.of());
        assertThat(age).isBetween(0.0, 24 * 3600.0); // the sample was ingested by this test run
        // the heap in use, over its pools (one pool alone, the young one, may be empty right after a collection)
        assertThat(heapUsed(m)).isPositive();
        assertThat(m.types())
                .containsKeys("jvm_gc_pause_seconds", "jvm_threads_live_threads", "process_files_open_files");
        assertThat(m.value("jvm_threads_live_threads", Map.of()))
                .isEqualTo(ManagementFactory.getThreadMXBean().getThreadCount(), within(20.0));
    }

    private static double heapUsed(PrometheusText m) {
        return m.named("jvm_memory_used_bytes").stream()
                .filter(s -> "heap".equals(s.labels().get("area")))
                .mapToDouble(PrometheusText.Sample::value)
                .sum();
    }

    @Test
    void syncOutcomesAreCountedThroughSyncMetrics() throws Exception {
        PrometheusText before = scrape();
        ServerMetrics metrics = ops.metrics();
        metrics.syncSucceeded(
                Duration.ofSeconds(3), new IngestSummary(5, 7, 11, 0, 0, 2, List.of(), 0, 0, Duration.ofSeconds(3)));
        metrics.syncFailed(Duration.ofSeconds(1), new IOException("connection refused"));
        PrometheusText after = scrape();
        assertThat(delta(before, after, "trialfinder_sync_total", Map.of("outcome", "success")))
                .isEqualTo(1);
        assertThat(delta(before, after, "trialfinder_sync_total", Map.of("outcome", "failure")))
                .isEqualTo(1);
        assertThat(delta(before, after, "trialfinder_sync_studies_total", Map.of()))
                .isEqualTo(12);
        assertThat(delta(before, after, "trialfinder_sync_rejected_total", Map.of()))
                .isEqualTo(2);
        assertThat(after.value("trialfinder_sync_last_success_seconds", Map.of()))
                .isCloseTo(System.currentTimeMillis() / 1000.0, within(60.0));
    }

    @Test
    void accessLogLinesAreCombinedFormatAndNeverCarryWhatWasTypedAboutAPatient() throws Exception {
        String id = sample.records.keySet().iterator().next();
        String form = "conditions=" + URLEncoder.encode(SECRET_CONDITION, StandardCharsets.UTF_8) + "&age=54";
        int before = lines().size();
        send(HttpRequest.newBuilder(URI.create(base + "/patient?note=" + SECRET_CONDITION))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", base + "/patient?conditions=" + SECRET_CONDITION)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        get("/study/" + id + "/check?conditions=" + SECRET_CONDITION);
        send(HttpRequest.newBuilder(URI.create(base + "/api/v2/match?place=" + SECRET_CONDITION))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"conditions\":[\"" + SECRET_CONDITION + "\"]}")));
        send(HttpRequest.newBuilder(URI.create(base + "/api/v2/prescreen/" + id + "?x=" + SECRET_CONDITION))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"conditions\":[\"" + SECRET_CONDITION + "\"]}")));
        get("/api/v2/studies?query.cond=asthma&pageSize=1");
        List<String> lines = awaitLines(before + 5);
        List<String> ours = lines.subList(before, lines.size());
        assertThat(ours).allSatisfy(l -> assertThat(l).matches(COMBINED));
        assertThat(String.join("\n", lines)).doesNotContain(SECRET_CONDITION);
        assertThat(ours).anySatisfy(l -> assertThat(l).contains("\"POST /patient HTTP/1.1\" 200 "));
        assertThat(ours).anySatisfy(l -> assertThat(l).contains("\"GET /study/" + id + "/check HTTP/1.1\""));
        assertThat(ours)
                .anySatisfy(l ->
                        assertThat(l).contains("\"GET /api/v2/studies?query.cond=asthma&pageSize=1 HTTP/1.1\" 200 "));
        // the referer is kept, less a patient page's query
        assertThat(ours).anySatisfy(l -> assertThat(l).contains("\"" + base + "/patient\" \"Java-http-client"));
        // the bytes field is what was sent: the body of the API answer
        var m = COMBINED.matcher(ours.get(4));
        assertThat(m.matches()).isTrue();
        assertThat(Long.parseLong(m.group(7))).isPositive();
        assertThat(m.group(1)).isEqualTo("127.0.0.1");
    }

    private static List<String> lines() throws Exception {
        return Files.exists(accessLog) ? Files.readAllLines(accessLog) : List.of();
    }

    private static List<String> awaitLines(int atLeast) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> lines = lines();
        while (lines.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(20);
            lines = lines();
        }
        return lines;
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
