package org.trialfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * A day of ClinicalTrials.gov updates applied to the served store the way the product applies them: N existing
 * studies, fetched from the running server, changed (a newer {@code lastUpdatePostDate}, a new enrollment count and a
 * title revision mark unique to this batch), written as JSON Lines and stored by the real {@code trialfinder ingest}
 * in its own JVM while {@code serve} keeps answering; {@code serve} picks the commit up by itself. The batch counts as
 * applied when every probe study (spread over the batch) is served in its new version.
 *
 * <p>The store keeps the changed versions afterwards (same ids, same count, so it is still reused).
 */
final class ServedUpdate {
    private static final int PROBES = 10;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient client;
    private final String base;
    private final List<String> ids;
    private final String mark;
    private final Path file;

    /** What one update measured; applied is NaN when the change never became visible. */
    record Result(
            int studies,
            long startNanos,
            long appliedNanos,
            double appliedSeconds,
            double ingestSeconds,
            int ingestExit,
            List<String> ingestTail) {}

    private ServedUpdate(HttpClient client, String base, List<String> ids, String mark, Path file) {
        this.client = client;
        this.base = base;
        this.ids = ids;
        this.mark = mark;
        this.file = file;
    }

    /** Where the ingest's output goes. */
    Path logFile() {
        return file.resolveSibling(file.getFileName() + ".ingest.log");
    }

    /** The ids of the batch: {@code n} of the corpus's generated ids, evenly spread. */
    static List<String> batchIds(long studies, long seed, int n) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            ids.add(CorpusGenerator.nctId(i * studies / n, seed));
        }
        return List.copyOf(ids);
    }

    /** Fetches the batch's current versions from the server and writes their changed versions to {@code file}. */
    static ServedUpdate prepare(HttpClient client, String base, List<String> ids, Path file, PrintStream out)
            throws IOException, InterruptedException {
        String mark = "[rev " + Long.toString(System.currentTimeMillis(), 36) + "]";
        ServedUpdate u = new ServedUpdate(client, base, ids, mark, file);
        Files.createDirectories(file.getParent());
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (String id : ids) {
                HttpResponse<byte[]> r = u.get(id);
                if (r.statusCode() != 200) {
                    throw new IOException("GET study " + id + " answered " + r.statusCode());
                }
                os.write(u.mapper.writeValueAsBytes(change(u.mapper.readTree(r.body()), today, mark)));
                os.write('\n');
            }
        }
        out.printf(
                Locale.ROOT,
                "update batch: %,d studies fetched and changed (lastUpdatePostDate %s, enrollment + 1, title mark %s) "
                        + "into %s in %.1f s%n",
                ids.size(),
                today,
                mark,
                file,
                (System.nanoTime() - t0) / 1e9);
        return u;
    }

    /** The changed version of one study (a copy; the input is not modified). */
    static JsonNode change(JsonNode study, LocalDate today, String mark) {
        ObjectNode s = study.deepCopy();
        ObjectNode protocol = (ObjectNode) s.path("protocolSection");
        ObjectNode status = protocol.withObjectProperty("statusModule");
        status.put("lastUpdateSubmitDate", today.toString());
        status.withObjectProperty("lastUpdatePostDateStruct")
                .put("date", today.toString())
                .put("type", "ACTUAL");
        status.put("statusVerifiedDate", today.toString().substring(0, 7));
        ObjectNode identification = protocol.withObjectProperty("identificationModule");
        String title = identification.path("briefTitle").asText("").replaceAll("\\s*\\[rev [0-9a-z]+\\]$", "");
        identification.put("briefTitle", title + " " + mark);
        JsonNode enrollment = protocol.path("designModule").path("enrollmentInfo");
        if (enrollment instanceof ObjectNode e && e.has("count")) {
            e.put("count", e.path("count").asLong() + 1);
        }
        return s;
    }

    /**
     * Runs {@code trialfinder ingest} on the batch (its own JVM) and polls the probe studies until each is served in
     * its new version; returns when both are done, or after {@code timeoutSeconds}.
     */
    Result apply(List<String> ingestCommand, Path log, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> probes = probes();
        List<String> cmd = new ArrayList<>(ingestCommand);
        cmd.add(file.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long applied = -1;
        long ingestEnd = -1;
        Set<String> waiting = new LinkedHashSet<>(probes);
        try {
            while (System.nanoTime() < deadline && (applied < 0 || ingestEnd < 0)) {
                if (ingestEnd < 0 && !p.isAlive()) {
                    ingestEnd = System.nanoTime();
                }
                if (applied < 0) {
                    waiting.removeIf(this::servesNewVersion);
                    if (waiting.isEmpty()) {
                        applied = System.nanoTime();
                    }
                }
                Thread.sleep(50);
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        List<String> lines = Files.readAllLines(log);
        return new Result(
                ids.size(),
                t0,
                applied < 0 ? -1 : applied,
                applied < 0 ? Double.NaN : (applied - t0) / 1e9,
                ingestEnd < 0 ? Double.NaN : (ingestEnd - t0) / 1e9,
                p.exitValue(),
                lines.subList(Math.max(0, lines.size() - 6), lines.size()));
    }

    private List<String> probes() {
        List<String> probes = new ArrayList<>();
        for (int i = 0; i < PROBES && i < ids.size(); i++) {
            probes.add(ids.get((int) ((long) i * (ids.size() - 1) / Math.max(1, PROBES - 1))));
        }
        return probes;
    }

    private boolean servesNewVersion(String id) {
        try {
            HttpResponse<byte[]> r = get(id);
            return r.statusCode() == 200 && new String(r.body(), StandardCharsets.UTF_8).contains(mark);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<byte[]> get(String id) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v2/studies/" + id))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return client.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }
}
