package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.api.SampleServer;

/**
 * Issue 14, point 6: however many large requests arrive at once, the server does not run out of memory. The real
 * {@code trialfinder serve} in a child JVM with {@code -Xmx256m} over a copy of the sample's store receives 50
 * concurrent requests for a page of 1,000 full records; each answer is a complete page with the right ids, or a
 * 429/503 with Retry-After, never a 500, and the server's output holds no OutOfMemoryError.
 *
 * <p>Why these numbers make buffering fail: the first 1,000 sample studies are about 8.5 MB of JSON. Building the
 * answer in memory, as main did, holds the records read by the search (8.5 MB), the output buffer (sized 8.2 MB and
 * doubled to 16.4 MB while it fills) and the final byte array (8.5 MB): 25 to 40 MB a request, so 50 at once need
 * 1.2 to 2 GB, far over 256 MB (on main this test's requests answer 500 with OutOfMemoryError: Java heap space). Streamed and
 * bounded, at most 4 pages (one per 64 MiB of heap) are read at once and each is written as it goes: about 35 MB
 * beyond what the server holds anyway. Per-client limits are off here, so every request reaches the heavy path.
 */
class LargePagesUnderSmallHeapTest {
    private static final Pattern RUNNING = Pattern.compile("is running at http://[^:/]+:(\\d+)/");
    private static final int REQUESTS = 50;

    @TempDir
    Path temp;

    @Test
    void fiftyConcurrentPagesOfAThousandFullRecordsNeverExhaustA256MbHeap() throws Exception {
        SampleServer sample = SampleServer.get();
        // the expected page, from the stored records (not the index): no query and no sort is NCT id order
        List<String> expected =
                sample.records.keySet().stream().sorted().limit(1000).toList();
        Path data = temp.resolve("data");
        copy(sample.dataDir, data);
        try (AppProcess server = AppProcess.startWithHeap(
                temp,
                Map.of(),
                "256m",
                "serve",
                "--data",
                data.toString(),
                "--port",
                "0",
                "--no-sample",
                "--limit-expensive",
                "off")) {
            Matcher m =
                    RUNNING.matcher(server.awaitOutput(l -> RUNNING.matcher(l).find(), 180));
            assertThat(m.find()).isTrue();
            URI page = URI.create("http://127.0.0.1:" + m.group(1) + "/api/v2/studies?pageSize=1000");
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30))
                    .build();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(REQUESTS)) {
                for (int i = 0; i < REQUESTS; i++) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        HttpResponse<InputStream> r = http.send(
                                HttpRequest.newBuilder(page)
                                        .timeout(Duration.ofMinutes(3))
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream body = r.body()) {
                            return new Answer(
                                    r.statusCode(),
                                    r.headers().firstValue("Retry-After").orElse(null),
                                    r.statusCode() == 200 ? ids(body) : List.of());
                        }
                    }));
                }
                go.countDown();
                int complete = 0;
                for (Future<Answer> f : answers) {
                    Answer a = f.get();
                    if (a.status() == 200) {
                        assertThat(a.ids()).isEqualTo(expected);
                        complete++;
                    } else {
                        assertThat(a.status()).isIn(429, 503);
                        assertThat(a.retryAfter()).isNotNull();
                    }
                }
                assertThat(complete).isPositive();
            }
            assertThat(server.process().isAlive()).isTrue();
            assertThat(String.join("\n", server.output())).doesNotContain("OutOfMemoryError");
        }
    }

    private record Answer(int status, String retryAfter, List<String> ids) {}

    /** The NCT ids of a page read one study at a time, so 50 pages at once do not fill this JVM's heap either. */
    private static List<String> ids(InputStream body) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(body)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("studies")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode study = mapper.readTree(p);
                        ids.add(study.at("/protocolSection/identificationModule/nctId")
                                .asText());
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return ids;
    }

    /** The store's files as they are (Lucene's files do not change once committed), without the writer's lock. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
