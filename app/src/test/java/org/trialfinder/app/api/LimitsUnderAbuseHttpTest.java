package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.studies.StudiesApi;
import org.trialfinder.app.ops.ServeLimits;
import org.trialfinder.app.server.WebServer;

/**
 * The limits under abuse over HTTP, on a second server over the sample's store with a small per-client limit: the
 * expensive requests past it answer 429 with Retry-After and a sentence, the cheap ones go on; and large pages are
 * written as they are produced, byte for byte the answer built in memory.
 */
class LimitsUnderAbuseHttpTest {
    private static final int PER_MINUTE = 3;
    private static SampleServer sample;
    private static WebServer limited;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        sample = SampleServer.get();
        limited = WebServer.start(
                sample.app, "127.0.0.1", 0, ServeLimits.defaults().withExpensivePerMinute(PER_MINUTE));
        base = "http://127.0.0.1:" + limited.port();
    }

    @AfterAll
    static void stop() {
        limited.close();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder match() {
        return HttpRequest.newBuilder(URI.create(base + "/api/v2/match"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("A 64-year-old man with lung cancer, ECOG 1."));
    }

    @Test
    void expensiveRequestsPastTheLimitAre429WithRetryAfterAndCheapOnesGoOn() throws Exception {
        for (int i = 0; i < PER_MINUTE; i++) {
            assertThat(send(match()).statusCode()).as("match %d", i).isEqualTo(200);
        }
        HttpResponse<byte[]> refused = send(match());
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L / PER_MINUTE);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(new String(refused.body()))
                .startsWith("Too many expensive requests from your address: at most 3 a minute")
                .contains("Try again in " + retryAfter + " s");
        // a large page of full records is expensive too; a page of ids, a search and a trial page are not
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v2/studies?pageSize=1000")))
                        .statusCode())
                .isEqualTo(429);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v2/studies?pageSize=1000&fields=NCTId")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v2/studies?query.cond=cancer")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/search?cond=cancer")))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aLargePageIsStreamedWithTheSameBytesAsTheAnswerBuiltInMemory() throws Exception {
        StudiesApi api = new StudiesApi(sample.app.store(), sample.app.search(), sample.app.places());
        for (String query : List.of("pageSize=1000", "pageSize=1000&format=csv", "pageSize=500&query.cond=cancer")) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                String[] nv = pair.split("=", 2);
                params.put(nv[0], List.of(nv[1]));
            }
            ApiResponse inMemory = api.list(params);
            // on the server without a per-client limit, as the other API tests
            HttpResponse<byte[]> plain = http.send(
                    HttpRequest.newBuilder(URI.create(sample.base + "/api/v2/studies?" + query))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(plain.statusCode()).as(query).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Type").orElseThrow())
                    .as(query)
                    .isEqualTo(inMemory.contentType());
            assertThat(plain.body()).as(query).isEqualTo(inMemory.body());
            inMemory.headers()
                    .forEach((name, value) -> assertThat(plain.headers().firstValue(name))
                            .as(query + " " + name)
                            .hasValue(value));
            HttpResponse<byte[]> gzipped = http.send(
                    HttpRequest.newBuilder(URI.create(sample.base + "/api/v2/studies?" + query))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding"))
                    .as(query)
                    .hasValue("gzip");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertThat(in.readAllBytes()).as(query).isEqualTo(inMemory.body());
            }
        }
    }
}
