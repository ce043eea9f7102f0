package org.trialfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.trialfinder.bench.fuzz.BodyCheck;
import org.trialfinder.bench.fuzz.FuzzGenerator;
import org.trialfinder.bench.fuzz.FuzzRequest;
import org.trialfinder.bench.fuzz.FuzzResponse;
import org.trialfinder.bench.fuzz.RawHttpClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench/run fuzz}: seeded random and hostile requests to every route of the real server (its own JVM on
 * loopback, over the bundled sample), counted by status and route; fails on any 5xx, any answer slower than the limit,
 * or any body that shows the server's insides, and prints each failing request as a command that sends it again.
 */
@Command(
        name = "fuzz",
        mixinStandardHelpOptions = true,
        description = {
            "Sends seeded random and hostile requests to every route and parameter of the real server over the bundled"
                    + " sample (GET and POST, random Essie, random patients and FHIR Bundles, broken encodings, long"
                    + " and deeply nested values, random bytes as bodies, wrong content types) from W workers over raw"
                    + " sockets. Prints the counts by status and by route. Exit 1 on any 5xx, any answer slower than"
                    + " --limit-ms, or any stack trace or internal class name in a body; the failing requests are"
                    + " printed (number, and a curl command) so they can be replayed with --only N."
        })
public final class FuzzBenchmark implements Callable<Integer> {
    @Mixin
    ProjectRoot root;

    @Mixin
    ServerJvm server;

    @Option(names = "--requests", defaultValue = "100000", description = "Requests to send (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the requests (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--concurrency",
            defaultValue = "4",
            description = "Workers, each with its own keep-alive connection (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--limit-ms",
            defaultValue = "2000",
            description = "An answer slower than this fails (default ${DEFAULT-VALUE}).")
    long limitMillis;

    @Option(
            names = "--only",
            paramLabel = "N",
            description = "Send only request number N of the seed (to replay a failure), and print its answer.")
    Integer only;

    @Option(
            names = "--with-limits",
            description = "Keep serve's per-client limits on (by default they are off, so every request reaches its "
                    + "handler; with them, the expensive endpoints soon answer 429).")
    boolean withLimits;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "Fuzz a server already running on 127.0.0.1:N instead of starting one (e.g. to replay).")
    Integer port;

    @Option(names = "--show", defaultValue = "50", description = "Failures printed in full (default ${DEFAULT-VALUE}).")
    int show;

    private final ConcurrentMap<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<Integer, LongAdder>> byRoute = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> routeNanos = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong slowestNanos = new AtomicLong();

    public static void main(String[] args) {
        System.exit(new CommandLine(new FuzzBenchmark()).execute(args));
    }

    /** Request number {@code index} of {@code seed}: each request has its own generator, so any one can be replayed. */
    public static FuzzRequest request(long seed, long index, List<String> ids) {
        return new FuzzGenerator(seed * 0x9E3779B97F4A7C15L + index, ids).next();
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (requests <= 0 || concurrency <= 0) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--requests and --concurrency must be positive");
        }
        if (port != null) {
            return fuzz(port, -1, 0, null, out);
        }
        Path home = root.path();
        Path appJar = home.resolve("app/target/trialfinder.jar");
        if (!Files.isRegularFile(appJar)) {
            throw new IOException(appJar + " is missing: build it with ./mvnw -B -q -DskipTests package -pl app -am");
        }
        Path jarCopy = home.resolve("bench/target/fuzz-app/trialfinder.jar");
        Files.createDirectories(jarCopy.getParent());
        Files.copy(appJar, jarCopy, StandardCopyOption.REPLACE_EXISTING);
        Path data = home.resolve("bench/target/fuzz-data");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> serve = withLimits ? List.of() : List.of("--limit-expensive", "off");
        Path log = home.resolve("bench/target/fuzz-server.log");
        out.println("the server's log: " + log);
        try (ServerProcess process =
                ServerProcess.start(java, server.options(List.of()), jarCopy, data, out, 300, serve, log)) {
            return fuzz(process.port(), process.pid(), process.studies(), process, out);
        }
    }

    private int fuzz(int port, long pid, long studies, ServerProcess process, PrintStream out) throws Exception {
        List<String> ids = ids(port);
        out.printf(
                Locale.ROOT,
                "server pid %d on 127.0.0.1:%d with %,d studies; seed %d, %,d requests from %d workers, limit %d ms%n",
                pid,
                port,
                studies,
                seed,
                only == null ? requests : 1,
                concurrency,
                limitMillis);
        if (only != null) {
            return replay(port, ids, out);
        }
        warmUp(port, ids, out);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(Thread.ofPlatform().name("fuzz-" + w).start(() -> {
                try (RawHttpClient client = new RawHttpClient("127.0.0.1", port, 30_000)) {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        send(client, i, request(seed, i, ids), port);
                        long d = done.incrementAndGet();
                        if (d % 10_000 == 0) {
                            out.printf(
                                    Locale.ROOT,
                                    "  %,d sent, %,d failed, %.0f s%n",
                                    d,
                                    failed.get(),
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean alive = process == null || process.alive();
        print(out, seconds, alive);
        return failed.get() == 0 && alive ? 0 : 1;
    }

    /**
     * One plain request of each route before counting: a first request of its kind fills caches (the statistics of
     * every field, the FHIR library's model, the templates) and can take seconds on a busy machine; the fuzzing
     * measures the server as it runs, not as it starts.
     */
    private static void warmUp(int port, List<String> ids, PrintStream out) throws IOException {
        String id = ids.isEmpty() ? "NCT06751394" : ids.get(0);
        List<String> targets = List.of(
                "/",
                "/search?cond=cancer",
                "/search/feed.atom?cond=cancer",
                "/study/" + id,
                "/study/" + id + "/map.svg",
                "/study/" + id + "/locations",
                "/study/" + id + "/check",
                "/patient",
                "/conditions",
                "/locations",
                "/glossary",
                "/api/v2/studies?query.cond=cancer",
                "/api/v2/studies?format=csv",
                "/api/v2/studies/" + id,
                "/api/v2/studies/" + id + "?format=fhir.json",
                "/api/v2/studies/" + id + "?format=ris",
                "/api/v2/studies/metadata",
                "/api/v2/studies/search-areas",
                "/api/v2/studies/enums",
                "/api/v2/version",
                "/api/v2/stats/size",
                "/api/v2/stats/field/values",
                "/api/v2/stats/field/sizes",
                "/api/v2/tf/places?place=Boston",
                "/api/openapi.json");
        long start = System.nanoTime();
        try (RawHttpClient client = new RawHttpClient("127.0.0.1", port, 120_000)) {
            for (String t : targets) {
                client.send(new FuzzRequest(
                        "warm-up", "GET", t.getBytes(StandardCharsets.US_ASCII), List.of(), new byte[0]));
            }
            for (String type : List.of("application/json", "application/fhir+json", "text/plain")) {
                String body = switch (type) {
                    case "application/json" ->
                        "{\"age\":58,\"sex\":\"female\",\"labs\":[{\"name\":\"ANC\",\"value\":1200,\"unit\":\"/uL\"}]}";
                    case "text/plain" -> "A 64-year-old man with lung cancer, ECOG 1.";
                    default ->
                        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                                + "{\"resourceType\":\"Patient\",\"gender\":\"male\",\"birthDate\":\"1960-01-01\"}}]}";
                };
                for (String target : List.of("/api/v2/match", "/api/v2/prescreen/" + id)) {
                    client.send(new FuzzRequest(
                            "warm-up",
                            "POST",
                            target.getBytes(StandardCharsets.US_ASCII),
                            List.of("Content-Type: " + type),
                            body.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "warm-up: one request of each route in %.1f s (not counted)%n",
                (System.nanoTime() - start) / 1e9);
    }

    private void send(RawHttpClient client, int index, FuzzRequest request, int port) {
        FuzzResponse response;
        try {
            response = client.send(request);
        } catch (IOException | RuntimeException e) {
            client.close();
            response = new FuzzResponse(0, "", "", e.toString().getBytes(StandardCharsets.UTF_8), 0, 0);
        }
        byStatus.computeIfAbsent(response.status(), s -> new LongAdder()).increment();
        byRoute.computeIfAbsent(request.route(), r -> new ConcurrentHashMap<>())
                .computeIfAbsent(response.status(), s -> new LongAdder())
                .increment();
        slowestNanos.accumulateAndGet(response.nanos(), Math::max);
        routeNanos.computeIfAbsent(request.route(), r -> new LongAdder()).add(response.nanos());
        Optional<String> why = BodyCheck.failure(response, limitMillis * 1_000_000);
        if (why.isPresent()) {
            failed.incrementAndGet();
            if (failures.size() < show) {
                failures.add(String.format(
                        Locale.ROOT,
                        "#%d %s %s -> %d: %s%n    replay: bench/run fuzz --seed %d --only %d%n    %s",
                        index,
                        request.method(),
                        abbreviate(request.targetText(), 300),
                        response.status(),
                        abbreviate(why.get(), 400),
                        seed,
                        index,
                        abbreviate(request.replay("http://127.0.0.1:" + port), 600)));
            }
        }
    }

    private int replay(int port, List<String> ids, PrintStream out) throws IOException {
        FuzzRequest request = request(seed, only, ids);
        out.println(request.replay("http://127.0.0.1:" + port));
        if (request.body().length > 0) {
            Path body = Path.of("fuzz-request-" + only + ".body").toAbsolutePath();
            Files.write(body, request.body());
            out.println("body (" + request.body().length + " bytes, written to " + body + " for curl's @body.bin): "
                    + FuzzRequest.preview(request.body()));
        }
        try (RawHttpClient client = new RawHttpClient("127.0.0.1", port, 30_000)) {
            FuzzResponse r = client.send(request);
            out.printf(Locale.ROOT, "-> %d %s in %.1f ms%n", r.status(), r.contentType(), r.nanos() / 1e6);
            out.println(abbreviate(new String(r.body(), StandardCharsets.UTF_8), 3000));
            Optional<String> why = BodyCheck.failure(r, limitMillis * 1_000_000);
            out.println(why.map(w -> "FAIL: " + w).orElse("passes"));
            return why.isPresent() ? 1 : 0;
        }
    }

    private void print(PrintStream out, double seconds, boolean alive) {
        long total = byStatus.values().stream().mapToLong(LongAdder::sum).sum();
        out.printf(
                Locale.ROOT,
                "%n%,d requests in %.0f s (%.0f req/s; timing distorted by whatever else runs on the machine), slowest %.0f ms%n",
                total,
                seconds,
                total / seconds,
                slowestNanos.get() / 1e6);
        out.println("by status:");
        new TreeMap<>(byStatus).forEach((s, n) -> out.printf(Locale.ROOT, "  %s %,9d%n", s == 0 ? "none" : s, n.sum()));
        out.println("by route (mean time; status: count):");
        new TreeMap<>(byRoute).forEach((route, counts) -> {
            long sent = counts.values().stream().mapToLong(LongAdder::sum).sum();
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT, " %7.1f ms;", routeNanos.get(route).sum() / 1e6 / sent));
            new TreeMap<>(counts).forEach((s, n) -> line.append(String.format(Locale.ROOT, "  %d: %,d", s, n.sum())));
            out.printf(Locale.ROOT, "  %-32s%s%n", route, line);
        });
        if (!failures.isEmpty()) {
            out.printf(Locale.ROOT, "%nFAILED requests (%,d; the first %d):%n", failed.get(), failures.size());
            failures.forEach(out::println);
        }
        if (!alive) {
            out.println("FAIL: the server is no longer running");
        }
        out.println(
                failed.get() == 0 && alive
                        ? "PASS: no 5xx, none slower than the limit, no internal names in any body"
                        : "FAIL: " + failed.get() + " failing requests");
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " chars)";
    }

    /** NCT ids of the served store, so many requests reach real studies. */
    private static List<String> ids(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v2/studies?fields=NCTId&pageSize=100"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        JsonNode page = new ObjectMapper().readTree(r.body());
        page.path("studies")
                .forEach(s -> ids.add(
                        s.at("/protocolSection/identificationModule/nctId").asText()));
        return ids;
    }

    /** Counts by status, for a test. */
    Map<Integer, Long> statusCounts() {
        Map<Integer, Long> m = new TreeMap<>();
        byStatus.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }
}
