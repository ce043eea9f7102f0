package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;

/**
 * {@code GET /api/v2/studies/download?format=json.zip} over HTTP: the real server streams the whole
 * sample store, {@code trialfinder ingest}'s real ingester reads it back into an empty store with
 * every study byte for byte the same, and a client that hangs up mid-download leaves the server
 * answering (the store's reader is released when the write fails).
 */
class StudiesDownloadHttpTest {
    static SampleServer s;

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
    }

    @Test
    void downloadThenIngestIntoAnEmptyStoreGivesTheSameStudiesByteForByte(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("ctg-studies.json.zip");
        HttpResponse<Path> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(s.base + "/api/v2/studies/download?format=json.zip"))
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(zip));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(r.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"ctg-studies.json.zip\"");

        try (Trialfinder copy = Trialfinder.open(Files.createDirectory(tmp.resolve("copy")), System.out)) {
            IngestSummary summary = copy.ingester(IngestOptions.quiet()).ingestPaths(List.of(zip));
            assertThat(summary.rejections()).isEmpty();
            assertThat(summary.added()).isEqualTo(s.records.size());
            assertThat(copy.store().count()).isEqualTo(s.store.count());
            s.store.forEach(original -> assertThat(
                            copy.store().get(original.nctId()).orElseThrow().json())
                    .as(original.nctId())
                    .isEqualTo(original.json()));
        }
    }

    @Test
    void aClientThatHangsUpMidDownloadLeavesTheServerAnswering() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/v2/studies/download?format=json.zip HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] start = in.readNBytes(16 * 1024);
                assertThat(new String(start, 0, 12, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            } // hung up after 16 KB of a zip of several MB
        }
        HttpResponse<byte[]> again = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(s.base + "/api/v2/studies/download"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body().length).isGreaterThan(1_000_000);
        assertThat(s.get("/api/v2/stats/size").statusCode()).isEqualTo(200);
    }

    @Test
    void otherFormatsAndParametersAreRefused() {
        HttpResponse<String> r = s.get("/api/v2/studies/download?format=csv");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("json.zip");
        assertThat(s.get("/api/v2/studies/download?fields=NCTId").body()).contains("`fields` is unknown parameter");
    }

    @Test
    void theOpenApiDocumentListsItAsTrialfindersOwn() {
        JsonNode op = s.json("/api/openapi.json")
                .path("paths")
                .path("/studies/download")
                .path("get");
        assertThat(op.path("summary").asText()).startsWith("Trialfinder:");
        assertThat(op.path("responses").path("200").path("content").has("application/zip"))
                .isTrue();
    }
}
