package org.trialfinder.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.lucene.LuceneStudyStore;

/** What the process tests read back: a store's records from its files, a server's records over HTTP. */
final class StoreProbe {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MeshThesaurus mesh;

    private StoreProbe() {}

    /** Stores records in the data folder in this JVM (its vocabularies are loaded once for all tests). */
    static void ingest(Path data, Path jsonl) {
        try (Trialfinder app = Trialfinder.open(data, new PrintStream(OutputStream.nullOutputStream()))) {
            var summary = app.ingester(IngestOptions.quiet()).ingestPaths(List.of(jsonl));
            if (summary.rejected() > 0) {
                throw new AssertionError("rejected: " + summary.rejections());
            }
        }
    }

    /** Every record of the store's last commit, by NCT id, as stored (bytes as a string). */
    static synchronized Map<String, String> records(Path data) {
        if (mesh == null) {
            mesh = MeshThesaurus.loadDefault();
        }
        Map<String, String> out = new TreeMap<>();
        try (var store = LuceneStudyStore.open(data, mesh)) {
            store.forEach(s -> out.put(s.nctId(), new String(s.json(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** The same records parsed, to compare with what the API serves. */
    static Map<String, JsonNode> trees(Map<String, String> records) {
        Map<String, JsonNode> out = new TreeMap<>();
        records.forEach((id, json) -> out.put(id, parse(json)));
        return out;
    }

    /** Every study a running server serves (one request: one commit), by NCT id. */
    static Map<String, JsonNode> served(String base) throws Exception {
        JsonNode page = json(base, "/api/v2/studies?pageSize=1000&countTotal=true");
        Map<String, JsonNode> out = new TreeMap<>();
        page.path("studies")
                .forEach(s -> out.put(
                        s.at("/protocolSection/identificationModule/nctId").asText(), s));
        if (page.path("totalCount").asLong() != out.size()) {
            throw new AssertionError("more than one page: " + page.path("totalCount"));
        }
        return out;
    }

    static JsonNode json(String base, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r.body());
    }

    /** The server's base URL from its "Trialfinder is running at" line. */
    static String baseUrl(AppProcess server) throws InterruptedException {
        String line = server.awaitOutput(l -> l.startsWith("Trialfinder is running at "), 240);
        Matcher m = Pattern.compile("(http://localhost:\\d+)/").matcher(line);
        if (!m.find()) {
            throw new AssertionError(line);
        }
        return m.group(1);
    }

    /**
     * Opens a named pipe for writing. It returns once the ingest reading it has opened it, which it does only
     * after it holds the store's write lock (the writer is opened before any input is read).
     */
    static OutputStream openWhenRead(Path fifo) throws Exception {
        CompletableFuture<OutputStream> open = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newOutputStream(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return open.get(180, TimeUnit.SECONDS);
    }

    static Path mkfifo(Path fifo) throws Exception {
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            throw new AssertionError("mkfifo failed");
        }
        return fifo;
    }

    private static JsonNode parse(String json) {
        try {
            return StudyJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
