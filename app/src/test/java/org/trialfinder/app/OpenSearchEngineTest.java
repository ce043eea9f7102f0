package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.app.cli.ExitCodes;
import org.trialfinder.app.cli.TrialfinderCommand;
import org.trialfinder.app.engine.ChildCluster;
import org.trialfinder.app.sample.BundledSample;

/**
 * The same program on the other engine: the real {@code trialfinder ingest --engine opensearch} loads the bundled
 * sample into a real OpenSearch node (in a child JVM: {@link ChildCluster}), the real {@code serve} (a child JVM,
 * the engine chosen through the environment) answers over it, and its answers are the embedded engine's over the
 * same sample ({@link SampleServer}): the same ids and totals, the same record, the same trial page. Then the
 * command line's refusals: an address that is not one, a cluster that does not answer, a red one, an engine choice
 * that does not add up, and the commands only the embedded engine offers, each one line and a non-zero exit.
 */
class OpenSearchEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path tmp;

    static ChildCluster cluster;
    static AppProcess.Result ingest;
    static AppProcess server;
    static String base;
    static SampleServer embedded;

    @BeforeAll
    static void start() throws Exception {
        cluster = ChildCluster.start(tmp, 1);
        List<String> args = new ArrayList<>(List.of(
                "ingest",
                "--engine",
                "opensearch",
                "--opensearch",
                cluster.option(),
                // one node: replicas could never be placed and the cluster would stay yellow
                "--opensearch-replicas",
                "0",
                "--no-progress"));
        for (String file : BundledSample.FILES) {
            args.add(Path.of("..", "sample", file).toAbsolutePath().toString());
        }
        ingest = AppProcess.run(tmp, Map.of(), args.toArray(String[]::new));
        server = AppProcess.start(
                tmp,
                Map.of("TRIALFINDER_ENGINE", "opensearch", "TRIALFINDER_OPENSEARCH", cluster.option()),
                "serve",
                "--port",
                "0",
                "--no-sample");
        String line = server.awaitOutput(l -> l.startsWith("Trialfinder is running at "), 240);
        Matcher m = Pattern.compile("http://localhost:(\\d+)/").matcher(line);
        assertThat(m.find()).isTrue();
        base = "http://127.0.0.1:" + m.group(1);
        embedded = SampleServer.get();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void ingestIntoTheClusterEndsWithTheSameSummaryAndExitCode() {
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isEqualTo(ExitCodes.OK);
        assertThat(ingest.out())
                .contains("ingest: into index trialfinder on OpenSearch at " + cluster.option())
                .contains("added:     2,537")
                .contains("rejected:  0")
                .contains("store now holds 2,537 studies");
        assertThat(ingest.err()).doesNotContain("Exception");
        assertThat(server.output())
                .anySatisfy(l -> assertThat(l)
                        .matches("Trialfinder is running at http://localhost:\\d+/ with 2,537 studies \\(store: index"
                                + " trialfinder on OpenSearch at .*"));
    }

    @Test
    void searchesFindTheSameStudiesAsOnTheEmbeddedEngine() throws Exception {
        for (String query : List.of(
                "query.cond=diabetes",
                "query.term=cancer&filter.overallStatus=RECRUITING",
                "query.term=AREA%5BPhase%5DPHASE3",
                "filter.geo=distance(42.36,-71.06,50mi)",
                "query.intr=insulin&aggFilters=status:rec")) {
            String path = "/api/v2/studies?" + query + "&countTotal=true&pageSize=1000&fields=NCTId";
            JsonNode onCluster = json(path);
            JsonNode onEmbedded = JSON.readTree(embedded.get(path).body());
            assertThat(onCluster.path("totalCount").asLong())
                    .as(query)
                    .isPositive()
                    .isEqualTo(onEmbedded.path("totalCount").asLong());
            // relevance ties may order differently; the studies found are the same
            assertThat(ids(onCluster)).as(query).isEqualTo(ids(onEmbedded));
        }
    }

    @Test
    void aSortedSearchListsTheSameStudiesInTheSameOrder() throws Exception {
        String path = "/api/v2/studies?query.cond=cancer&sort=LastUpdatePostDate:desc&pageSize=50&fields=NCTId";
        JsonNode onCluster = json(path);
        JsonNode onEmbedded = JSON.readTree(embedded.get(path).body());
        assertThat(orderedIds(onCluster)).hasSize(50).isEqualTo(orderedIds(onEmbedded));
    }

    @Test
    void aRecordAndItsTrialPageAreTheSame() throws Exception {
        assertThat(json("/api/v2/studies/NCT06751394"))
                .isEqualTo(JSON.readTree(
                        embedded.get("/api/v2/studies/NCT06751394").body()));
        HttpResponse<String> page = get("/study/NCT06751394");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().replace(base, "BASE"))
                .isEqualTo(embedded.get("/study/NCT06751394").body().replace(embedded.base, "BASE"));
    }

    @Test
    void aPatientIsMatchedToTheSameTrialsWithTheSameVerdicts() throws Exception {
        // the verdicts come from the criteria compiled at ingest and kept beside each record (an attachment)
        String patient = "{\"age\":60,\"sex\":\"male\",\"conditions\":[\"non-small cell lung cancer\"],"
                + "\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":1}}";
        Map<String, String> onCluster = verdicts(post(base, "/api/v2/match?limit=100", patient));
        Map<String, String> onEmbedded = verdicts(post(embedded.base, "/api/v2/match?limit=100", patient));
        // fewer than the limit: every candidate is listed, so no tie at the cut can tell the two apart
        assertThat(onCluster).hasSizeBetween(5, 99).isEqualTo(onEmbedded);
    }

    private static HttpResponse<String> post(String server, String path, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> verdicts(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Map<String, String> verdicts = new TreeMap<>();
        JSON.readTree(answer.body())
                .path("trials")
                .forEach(t -> verdicts.put(
                        t.path("nctId").asText(),
                        t.path("summary").path("verdict").asText()));
        return verdicts;
    }

    @Test
    void statisticsAreTheSame() throws Exception {
        for (String path : List.of("/api/v2/stats/size", "/api/v2/stats/field/values?fields=Phase,OverallStatus")) {
            assertThat(json(path))
                    .as(path)
                    .isEqualTo(JSON.readTree(embedded.get(path).body()));
        }
    }

    @Test
    void anAddressThatIsNotOneIsOneLineAndExitOne() {
        Run r = cli("stats", "--engine", "opensearch", "--opensearch", "localhost:9200/x");
        assertThat(r.code).isEqualTo(ExitCodes.FAILED);
        assertThat(r.oneLine()).contains("\"localhost:9200/x\" is not an OpenSearch node address");
    }

    @Test
    void aClusterThatDoesNotAnswerIsOneLineAndExitOne() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = cli("stats", "--engine", "opensearch", "--opensearch", "http://127.0.0.1:" + port);
        assertThat(r.code).isEqualTo(ExitCodes.FAILED);
        assertThat(r.oneLine())
                .contains("cannot reach OpenSearch at http://127.0.0.1:" + port)
                .contains("check the address and that the cluster is running");
    }

    @Test
    void aRedClusterIsOneLineAndExitOne() throws Exception {
        // a primary that may live on no node: the cluster is red while this index exists
        String index = cluster.urls().getFirst() + "/red-probe";
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(index + "?wait_for_active_shards=0"))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"settings\":{\"number_of_replicas\":0,"
                                + "\"index.routing.allocation.require._name\":\"no-such-node\"}}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        try {
            Run r = cli("stats", "--engine", "opensearch", "--opensearch", cluster.option());
            assertThat(r.code).isEqualTo(ExitCodes.FAILED);
            assertThat(r.oneLine()).contains("is red");
        } finally {
            HTTP.send(HttpRequest.newBuilder(URI.create(index)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void anEngineChoiceThatDoesNotAddUpIsOneLineAndExitTwo() {
        Run withoutEngine = cli("stats", "--opensearch", "http://127.0.0.1:9200");
        assertThat(withoutEngine.code).isEqualTo(ExitCodes.USAGE);
        assertThat(withoutEngine.oneLine()).contains("--opensearch and --opensearch-index need --engine opensearch");

        Run withoutAddress = cli("ingest", "--engine", "opensearch", "x.json");
        assertThat(withoutAddress.code).isEqualTo(ExitCodes.USAGE);
        assertThat(withoutAddress.oneLine()).contains("--engine opensearch needs the cluster's address");

        Run unknown = cli("serve", "--engine", "solr");
        assertThat(unknown.code).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.oneLine()).contains("unknown engine \"solr\": use embedded or opensearch");

        Run withData = cli("stats", "--engine", "opensearch", "--opensearch", cluster.option(), "--data", "d");
        assertThat(withData.code).isEqualTo(ExitCodes.USAGE);
        assertThat(withData.oneLine()).contains("--data names the embedded engine's folder");
    }

    @Test
    void theCommandsOnlyTheEmbeddedEngineOffersSaySoWithExitTwo() {
        String os = cluster.option();
        for (List<String> command : List.of(
                List.of(
                        "backup",
                        "--engine",
                        "opensearch",
                        "--opensearch",
                        os,
                        tmp.resolve("b").toString()),
                List.of(
                        "restore",
                        "--engine",
                        "opensearch",
                        "--opensearch",
                        os,
                        tmp.resolve("b").toString()),
                List.of("check", "--engine", "opensearch", "--opensearch", os),
                List.of("serve", "--engine", "opensearch", "--opensearch", os, "--check-on-startup"))) {
            Run r = cli(command.toArray(String[]::new));
            assertThat(r.code).as(command.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.oneLine()).as(command.toString()).contains(" is not available on the opensearch engine yet");
        }
    }

    private record Run(int code, String err) {
        String oneLine() {
            assertThat(err.strip().lines()).hasSize(1);
            assertThat(err).startsWith("trialfinder: ").doesNotContain("\tat ");
            return err.strip();
        }
    }

    private static Run cli(String... args) {
        StringWriter err = new StringWriter();
        int code = TrialfinderCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return new Run(code, err.toString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static Set<String> ids(JsonNode page) {
        assertThat(page.path("nextPageToken").isMissingNode())
                .as("one page holds every study found")
                .isTrue();
        return new HashSet<>(orderedIds(page));
    }

    private static List<String> orderedIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("studies")
                .forEach(s -> ids.add(s.path("protocolSection")
                        .path("identificationModule")
                        .path("nctId")
                        .asText()));
        return ids;
    }
}
