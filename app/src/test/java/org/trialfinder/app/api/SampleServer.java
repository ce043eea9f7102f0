package org.trialfinder.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.app.server.WebServer;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.StudyStore;

/**
 * The real server on a free loopback port over a store holding the bundled real sample (2,537
 * studies), shared by the API and browser tests of one JVM; and the stored records as plain JSON trees, for
 * tests that derive the expected answer by scanning them (not through the search index).
 */
public final class SampleServer {
    private static SampleServer instance;

    public final Trialfinder app;
    public final StudyStore store;
    public final WebServer server;
    public final String base;
    /** The data folder of the store (for tests that copy it to serve it from another process). */
    public final Path dataDir;
    /** Every stored study, as stored, by NCT id. */
    public final Map<String, JsonNode> records = new LinkedHashMap<>();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SampleServer() throws IOException {
        Path dir = Files.createTempDirectory("trialfinder-api-test");
        dataDir = dir;
        app = Trialfinder.open(dir, System.out);
        store = app.store();
        app.loadSample(IngestOptions.quiet());
        server = WebServer.start(app, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        store.forEach(s -> {
            try {
                records.put(s.nctId(), StudyJson.mapper().readTree(s.json()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static synchronized SampleServer get() throws IOException {
        if (instance == null) {
            instance = new SampleServer();
        }
        return instance;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        try {
            return StudyJson.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages through every match of a /studies query and returns the NCT ids in order. */
    public List<String> allIds(String query, int pageSize) {
        List<String> ids = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String q = "/api/v2/studies?" + query + (query.isEmpty() ? "" : "&") + "fields=NCTId&pageSize=" + pageSize
                    + (token == null ? "" : "&pageToken=" + enc(token));
            JsonNode page = json(q);
            page.path("studies")
                    .forEach(s -> ids.add(
                            s.at("/protocolSection/identificationModule/nctId").asText()));
            token = page.hasNonNull("nextPageToken") ? page.get("nextPageToken").asText() : null;
            if (++pages > 10_000) {
                throw new AssertionError("paging does not end");
            }
        } while (token != null);
        return ids;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
