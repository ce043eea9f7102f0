package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.api.studies.ListStudiesParams;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;

/**
 * Speed work must not change answers: 1,000 searches of the load benchmark's mix (values drawn from the
 * bundled sample's own records), run on a store the real ingester builds from the sample, return the same
 * total counts and the same hits, in the same order, as the store and search of commit d2ac2b5 (before the
 * speed work of issue 10) returned. Those answers are the recorded file {@code sample-mix-answers.tsv.gz}:
 * per query its request, total and hits with their scores.
 *
 * <p>Relevance scores are floats: where two recorded hits score within {@link #SCORE_TOLERANCE} of each
 * other, their order (broken by NCT id) may flip after a change that only reorders a float sum, so hits are
 * compared as groups of (nearly) equal score, and the last group of a page, which may continue past the
 * page, as a subset. Run with {@code -Danswers.record=true} to write the file again (only when a change of
 * answers is intended and said in the commit).
 */
class SampleAnswersUnchangedTest {
    private static final int QUERIES = 1_000;
    private static final long MIX_SEED = 20261206L;
    private static final String RECORDED = "sample-mix-answers.tsv.gz";
    private static final double SCORE_TOLERANCE = 1e-4;

    @TempDir
    static Path data;

    private static Trialfinder app;

    @BeforeAll
    static void ingestTheSample() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        app = Trialfinder.open(data, quiet);
        app.loadSample(new IngestOptions(2, IngestOptions.ProgressMode.NONE, quiet));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    record Answer(String path, long total, List<String> ids, List<Float> scores) {
        String line() {
            StringBuilder hits = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                hits.append(i == 0 ? "" : ",")
                        .append(ids.get(i))
                        .append(':')
                        .append(String.format(Locale.ROOT, "%.6g", scores.get(i)));
            }
            return path + "\t" + total + "\t" + hits;
        }

        static Answer parse(String line) {
            String[] cols = line.split("\t", -1);
            List<String> ids = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            if (!cols[2].isEmpty()) {
                for (String hit : cols[2].split(",")) {
                    int colon = hit.lastIndexOf(':');
                    ids.add(hit.substring(0, colon));
                    scores.add(Float.parseFloat(hit.substring(colon + 1)));
                }
            }
            return new Answer(cols[0], Long.parseLong(cols[1]), ids, scores);
        }
    }

    /** The mix's searches (single-study fetches name generated ids, absent from the sample), each counted. */
    private static List<String> searches() {
        QueryMix mix = QueryMix.fromSample(10_000, 42, MIX_SEED);
        List<String> paths = new ArrayList<>();
        for (long i = 0; paths.size() < QUERIES; i++) {
            QueryMix.Query q = mix.query(i);
            if (q.kind() != QueryMix.Kind.FETCH) {
                paths.add(q.path().replace("&countTotal=true", "") + "&countTotal=true");
            }
        }
        return paths;
    }

    private static Answer answer(String path) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : URI.create("http://localhost" + path).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], List.of(URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
        }
        SearchPage page = app.search()
                .search(ListStudiesParams.parse(params, app.places()).request());
        List<String> ids = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (SearchHit hit : page.hits()) {
            ids.add(hit.nctId());
            scores.add(hit.score());
        }
        return new Answer(path, page.total().orElseThrow(), ids, scores);
    }

    @Test
    void theMixFindsWhatItFoundBeforeTheSpeedWork() throws IOException {
        List<String> paths = searches();
        if (Boolean.getBoolean("answers.record")) {
            record(paths);
        }
        List<Answer> recorded = recorded();
        assertThat(recorded).hasSize(QUERIES);
        int nonEmpty = 0;
        for (int q = 0; q < QUERIES; q++) {
            Answer before = recorded.get(q);
            assertThat(before.path()).isEqualTo(paths.get(q));
            Answer now = answer(before.path());
            assertThat(now.total()).as("total of %s", before.path()).isEqualTo(before.total());
            assertSameHits(before, now);
            nonEmpty += before.total() > 0 ? 1 : 0;
        }
        // the check means something only if most searches find studies
        assertThat(nonEmpty).isGreaterThan(QUERIES * 3 / 4);
    }

    /** Equal hits, where hits of (nearly) tied scores may come in another order. */
    static void assertSameHits(Answer before, Answer now) {
        if (!rankedByRelevance(before.path())) {
            // sorted by values (dates, numbers, distance) with the NCT id breaking ties: a total order
            assertThat(now.ids()).as("hits of %s", before.path()).containsExactlyElementsOf(before.ids());
            return;
        }
        assertThat(now.ids()).as("hits of %s", before.path()).hasSameSizeAs(before.ids());
        int i = 0;
        while (i < before.ids().size()) {
            int end = i + 1;
            while (end < before.ids().size()
                    && tied(before.scores().get(end), before.scores().get(i))) {
                end++;
            }
            List<String> expected = before.ids().subList(i, end);
            List<String> actual = now.ids().subList(i, end);
            for (int k = i; k < end; k++) {
                assertThat(tied(now.scores().get(k), before.scores().get(k)))
                        .as(
                                "score of hit %d of %s: %s now, %s before",
                                k,
                                before.path(),
                                now.scores().get(k),
                                before.scores().get(k))
                        .isTrue();
            }
            if (end < before.ids().size()) {
                assertThat(actual)
                        .as("hits %d..%d of %s", i, end, before.path())
                        .containsExactlyInAnyOrderElementsOf(expected);
            } else if (!actual.equals(expected)) {
                // the page's last group may continue past the page: its hits need only be of that score
                assertThat(actual).as("last hits of %s", before.path()).doesNotHaveDuplicates();
            }
            i = end;
        }
    }

    /** Whether hits come in order of score: a {@code query.*} ranks them unless a sort other than relevance is asked. */
    static boolean rankedByRelevance(String path) {
        boolean sorted = path.contains("sort=") && !path.contains("sort=%40relevance");
        return path.contains("query.") && !sorted;
    }

    private static boolean tied(float a, float b) {
        return Math.abs(a - b) <= SCORE_TOLERANCE * Math.max(1f, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static List<Answer> recorded() throws IOException {
        List<Answer> answers = new ArrayList<>();
        try (InputStream in = SampleAnswersUnchangedTest.class.getResourceAsStream(RECORDED)) {
            assertThat(in).as(RECORDED + " on the test class path").isNotNull();
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    answers.add(Answer.parse(line));
                }
            }
        }
        return answers;
    }

    private static void record(List<String> paths) throws IOException {
        Path file = Path.of("src/test/resources/org/trialfinder/bench", RECORDED);
        Files.createDirectories(file.getParent());
        try (Writer w =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            w.write("# request\ttotal\thits (NCT id:score), page 1; recorded by SampleAnswersUnchangedTest\n");
            for (String p : paths) {
                w.write(answer(p).line());
                w.write('\n');
            }
        }
    }
}
