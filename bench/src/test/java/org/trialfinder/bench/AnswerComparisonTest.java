package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.app.server.WebServer;
import org.trialfinder.ingest.IngestOptions;

/**
 * The answer comparison over HTTP on tiny real stores: two built from the same generated corpus answer alike, and a
 * store missing one study is caught exactly where that study belongs.
 */
class AnswerComparisonTest {
    private static final int STUDIES = 400;
    private static final long SEED = 42;
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    static Path tmp;

    private static final List<AutoCloseable> open = new ArrayList<>();
    private static String same1;
    private static String same2;
    private static String missingOne;
    private static String missingId;
    private static HttpClient client;

    @BeforeAll
    static void serveThreeStores() throws IOException {
        Path corpus = tmp.resolve("corpus.jsonl.gz");
        CorpusGenerator.fromSample().write(corpus, STUDIES, SEED);
        // the third store lacks the first study whose line is dropped here
        Path fewer = tmp.resolve("fewer.jsonl.gz");
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        missingId = CorpusGenerator.nctId(0, SEED);
        List<String> kept =
                lines.stream().filter(l -> !l.contains("\"" + missingId + "\"")).toList();
        assertThat(kept).hasSize(STUDIES - 1);
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(fewer))) {
            os.write((String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        same1 = serve(corpus, "a");
        same2 = serve(corpus, "b");
        missingOne = serve(fewer, "c");
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void close() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        client.close();
    }

    @Test
    void storesBuiltFromTheSameCorpusAnswerAlike() throws Exception {
        AnswerComparison.Report r = new AnswerComparison(client, same1, same2).compare(paths(300));

        assertThat(r.differences()).isEmpty();
        assertThat(r.relevanceOrderDiffers()).isZero();
        assertThat(r.ordered() + r.asSets() + r.fetches()).isEqualTo(300);
        assertThat(r.ordered()).isPositive();
        assertThat(r.asSets()).isPositive();
        assertThat(r.fetches()).isPositive();
        assertThat(new AnswersBenchmark().report(r, QUIET)).isZero();
    }

    @Test
    void aMissingStudyIsReportedWhereItBelongs() throws Exception {
        List<String> paths = new ArrayList<>(paths(300));
        paths.add("/api/v2/studies/" + missingId);
        paths.add("/api/v2/studies?filter.ids=" + missingId);

        AnswerComparison.Report r = new AnswerComparison(client, same1, missingOne).compare(paths);

        assertThat(r.differences())
                .extracting(AnswerComparison.Difference::path)
                .contains(
                        "/api/v2/studies/" + missingId, "/api/v2/studies?filter.ids=" + missingId + "&countTotal=true");
        // every difference is the missing study: a 404, one fewer in a total, or its id only on the first side
        assertThat(r.differences())
                .allSatisfy(d -> assertThat(d.what())
                        .satisfiesAnyOf(
                                w -> assertThat(w).isEqualTo("status 200 vs 404"),
                                w -> assertThat(w).matches("totalCount (\\d+) vs \\d+"),
                                w -> assertThat(w).contains("only in the first: [" + missingId + "]")));
        assertThat(new AnswersBenchmark().report(r, QUIET)).isEqualTo(1);
    }

    @Test
    void listRequestsAskForTheTotalOnce() {
        assertThat(AnswerComparison.withTotal("/api/v2/studies?query.cond=x&countTotal=true&pageSize=10"))
                .isEqualTo("/api/v2/studies?query.cond=x&pageSize=10&countTotal=true");
        assertThat(AnswerComparison.withTotal("/api/v2/studies?countTotal=true"))
                .isEqualTo("/api/v2/studies?countTotal=true");
        assertThat(AnswerComparison.withTotal("/api/v2/studies/NCT00000001")).isEqualTo("/api/v2/studies/NCT00000001");
        assertThat(AnswerComparison.rankedByRelevance("/api/v2/studies?query.cond=x&pageSize=10"))
                .isTrue();
        assertThat(AnswerComparison.rankedByRelevance("/api/v2/studies?query.cond=x&sort=StartDate"))
                .isFalse();
        assertThat(AnswerComparison.rankedByRelevance("/api/v2/studies?filter.overallStatus=RECRUITING"))
                .isFalse();
    }

    private static List<String> paths(int n) {
        QueryMix mix = QueryMix.fromSample(STUDIES, SEED, 1);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paths.add(mix.query(i).path());
        }
        return paths;
    }

    private static String serve(Path corpus, String name) {
        Trialfinder app = Trialfinder.open(tmp.resolve(name), QUIET);
        open.add(app);
        app.ingester(new IngestOptions(1, IngestOptions.ProgressMode.LOG, QUIET))
                .ingestPaths(List.of(corpus));
        WebServer server = WebServer.start(app, "127.0.0.1", 0);
        open.add(server::close);
        return "http://127.0.0.1:" + server.port();
    }
}
