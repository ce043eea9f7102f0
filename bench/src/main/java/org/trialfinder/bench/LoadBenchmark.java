package org.trialfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Load on the real server: a store of N generated studies (ingested once with the real
 * {@code trialfinder ingest}, cached), {@code trialfinder serve} started as its own JVM on loopback,
 * and a {@link QueryMix} of realistic requests sent from this JVM with {@link HttpClient} (HTTP/1.1,
 * keep-alive) by a fixed number of workers on virtual threads, after a warm-up, for a fixed time,
 * R times. Closed loop by default (each worker sends its next request when the last one answered:
 * the server's capacity); with {@code --rate} an open loop (requests due at fixed intervals, latency
 * measured from when each was due, so a stalled server is not hidden by the load generator waiting
 * for it).
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmarks the running server: a store of N generated studies, `trialfinder serve` in its own JVM, "
                    + "a realistic query mix sent over loopback HTTP by W concurrent workers after a warm-up, R timed runs.",
            "Closed loop by default; --rate R sends R requests/s at fixed intervals (open loop) instead."
        })
public final class LoadBenchmark implements Callable<Integer> {
    @Mixin
    TimedRuns runs;

    @Mixin
    ProjectRoot root;

    @Mixin
    BenchStoreOptions store;

    @Mixin
    ServerJvm server;

    /** The goals (issue 10, points 3, 5 and 6). */
    static final double GOAL_P50_MS = 5;

    static final double GOAL_P99_MS = 50;
    static final double GOAL_RATE = 300;
    static final double GOAL_CAPACITY = 500;
    static final int GOAL_CAPACITY_WORKERS = 16;
    static final double GOAL_UPDATE_APPLIED_S = 10;
    static final double GOAL_UPDATE_P99_MS = 100;
    static final double GOAL_GC_P99_MS = 20;
    static final String GOAL_GC_HEAP = "1g";
    /** Open loop: how long requests due before the end may still be sent after it. */
    static final long DRAIN_SECONDS = 30;

    @Option(
            names = "--studies",
            defaultValue = "" + CorpusGenerator.DEFAULT_STUDIES,
            description = "Studies in the store (default ${DEFAULT-VALUE}).")
    long studies;

    @Option(
            names = "--seed",
            defaultValue = "" + CorpusGenerator.DEFAULT_SEED,
            description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--query-seed",
            defaultValue = "1",
            description = "Seed of the query mix (default ${DEFAULT-VALUE}).")
    long querySeed;

    @Option(
            names = "--seconds",
            defaultValue = "60",
            description = "Length of each timed run (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--warmup-seconds",
            defaultValue = "20",
            description = "Warm-up before the first run, not measured (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(
            names = "--concurrency",
            defaultValue = "16",
            description = "Concurrent workers, each with its own keep-alive connection (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--rate",
            paramLabel = "REQ_PER_S",
            description = "Open loop: send this many requests per second at fixed intervals "
                    + "(latency from the scheduled time). Default: closed loop.")
    Double rate;

    @Option(
            names = "--max-requests",
            defaultValue = "3000000",
            description = "Cap on requests per run (default ${DEFAULT-VALUE}).")
    long maxRequests;

    @Option(
            names = "--preflight",
            defaultValue = "300",
            description = "Requests checked one by one before the warm-up: "
                    + "how many list queries find studies (default ${DEFAULT-VALUE}).")
    int preflight;

    @Option(
            names = "--slowest",
            defaultValue = "10",
            description = "Slowest requests to list per run (default ${DEFAULT-VALUE}).")
    int slowest;

    @Option(
            names = "--server-java-opts",
            defaultValue = "",
            description = "More JVM options for the server (space-separated).")
    String serverJavaOpts;

    @Option(
            names = "--update",
            paramLabel = "N",
            description = "Updates while serving: in each run, --update-after seconds in, N existing studies (fetched "
                    + "from the server before the run) changed and stored with the real `trialfinder ingest` in its own "
                    + "JVM; prints when the change is served, the failed requests and p99 during the update.")
    Integer update;

    @Option(
            names = "--update-after",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "With --update: seconds into each run when the ingest starts (default ${DEFAULT-VALUE}).")
    int updateAfter;

    @Option(
            names = "--update-heap",
            defaultValue = "2g",
            description = "With --update: the -Xmx of the `trialfinder ingest` JVM (default ${DEFAULT-VALUE}).")
    String updateHeap;

    private final ObjectMapper mapper = new ObjectMapper();
    private Path gcLog;
    private Path appJarInUse;
    private Path dataInUse;
    private Path javaInUse;
    /** The next index into the query mix, shared by warm-up and runs so no request is repeated. */
    private final AtomicLong nextQuery = new AtomicLong();

    private QueryMix mix;
    private HttpClient client;
    private String base;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (seconds <= 0 || runs.count() <= 0 || concurrency <= 0 || warmupSeconds < 0 || (rate != null && rate <= 0)) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--seconds, --runs, --concurrency and --rate must be positive");
        }
        if (update != null && (update <= 0 || update > studies || updateAfter < 0 || updateAfter >= seconds)) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--update must be 1..--studies and --update-after less than --seconds");
        }
        Path home = root.path();
        Path appJar = home.resolve("app/target/trialfinder.jar");
        if (!Files.isRegularFile(appJar)) {
            throw new IOException(appJar + " is missing: build it with ./mvnw -B -q -DskipTests package -pl app -am");
        }
        // A private copy: other builds may rewrite app/target/trialfinder.jar while the server runs from it.
        Path jarCopy = home.resolve("bench/target/load-app/trialfinder.jar");
        Files.createDirectories(jarCopy.getParent());
        Files.copy(appJar, jarCopy, StandardCopyOption.REPLACE_EXISTING);
        out.printf(
                Locale.ROOT,
                "app jar %s (%s, built %s), run from a copy in %s%n",
                appJar,
                IngestBenchmark.mib(Files.size(appJar)),
                Files.getLastModifiedTime(appJar),
                jarCopy.getParent());
        appJar = jarCopy;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path data = store.store(root, studies);
        List<String> more = new ArrayList<>();
        for (String o : serverJavaOpts.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                more.add(o);
            }
        }
        List<String> jvm = server.options(more);

        BenchStore.prepare(java, jvm, appJar, data, store.corpusCache(root), studies, seed, out);
        javaInUse = java;
        appJarInUse = appJar;
        dataInUse = data;
        gcLog = home.resolve("bench/target/load-gc/server-gc-" + System.currentTimeMillis() + ".log");
        Files.createDirectories(gcLog.getParent());
        List<String> serverJvm = new ArrayList<>(jvm);
        serverJvm.add(GcLog.jvmOption(gcLog));

        mix = QueryMix.fromSample(studies, seed, querySeed);
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "%nquery mix (seed %d): %s%n", querySeed, mix.describe());
        out.printf(
                Locale.ROOT,
                "  shares: %s%n",
                String.join(
                        ", ",
                        Arrays.stream(QueryMix.Kind.values())
                                .map(k -> k.label() + " " + k.weight + "%")
                                .toList()));
        out.printf(
                Locale.ROOT,
                "JVM %s, %d cores; %s%n",
                Runtime.version(),
                cores,
                rate == null
                        ? "closed loop, " + concurrency + " workers"
                        : String.format(
                                Locale.ROOT,
                                "open loop at %.0f req/s, up to %d requests in flight",
                                rate,
                                concurrency));
        out.printf(
                Locale.ROOT,
                "CAVEAT: the load generator runs on the same %d cores as the server; its CPU is reported beside the server's.%n",
                cores);

        int failures = 0;
        try (ServerProcess server =
                ServerProcess.start(java, serverJvm, appJar, data, out, Timeouts.serverStartSeconds(studies))) {
            base = "http://127.0.0.1:" + server.port();
            out.printf(Locale.ROOT, "server pid %d on %s with %,d studies%n", server.pid(), base, server.studies());
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            try {
                failures += preflight(out);
                if (warmupSeconds > 0) {
                    out.printf(Locale.ROOT, "%nwarming up for %d s …%n", warmupSeconds);
                    Run w = drive("warm-up", Duration.ofSeconds(warmupSeconds), server, null);
                    out.printf(
                            Locale.ROOT,
                            "warm-up: %,d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors; CPU server %.0f%%, "
                                    + "bench %.0f%%, others %.0f%% of one core%n",
                            w.requests(),
                            w.throughput(),
                            ms(w.pct(0.50)),
                            ms(w.pct(0.99)),
                            w.errors(),
                            100 * w.serverCores(),
                            100 * w.benchCores(),
                            100 * w.otherCores());
                    failures += w.errors();
                    printErrors(w, out);
                }
                List<Run> done = new ArrayList<>();
                for (int i = 1; i <= runs.count(); i++) {
                    if (!server.alive()) {
                        throw new IOException("the server died");
                    }
                    out.printf(
                            Locale.ROOT,
                            "%n=== run %d/%d: %s for %d s%n",
                            i,
                            runs.count(),
                            rate == null
                                    ? "closed loop, " + concurrency + " workers"
                                    : String.format(
                                            Locale.ROOT, "open loop at %.0f req/s (%d workers)", rate, concurrency),
                            seconds);
                    ServedUpdate batch = null;
                    if (update != null) {
                        batch = ServedUpdate.prepare(
                                client,
                                base,
                                ServedUpdate.batchIds(studies, seed, update),
                                home.resolve("bench/target/load-update/update-run" + i + ".jsonl.gz"),
                                out);
                    }
                    Run r = drive("run " + i, Duration.ofSeconds(seconds), server, batch);
                    done.add(r);
                    failures += r.errors();
                    printRun(r, out);
                }
                summarize(done, server, cores, out);
            } finally {
                client.close();
            }
        }
        out.println("server stopped");
        if (failures > 0) {
            out.printf(
                    Locale.ROOT,
                    "%n!!!!!!!! %,d REQUESTS FAILED (non-200 or no answer): the figures above are NOT VALID !!!!!!!!%n",
                    failures);
            return 1;
        }
        return 0;
    }

    // ---------------------------------------------------------------- pre-flight

    /** Sends a few requests one at a time and reports how many list queries find studies, per kind. */
    private int preflight(PrintStream out) throws InterruptedException {
        int errors = 0;
        try {
            HttpResponse<byte[]> r = send("/api/v2/studies?countTotal=true&pageSize=1&fields=NCTId");
            JsonNode n = mapper.readTree(r.body());
            out.printf(
                    Locale.ROOT,
                    "GET /api/v2/studies?countTotal=true → %d, totalCount %s%n",
                    r.statusCode(),
                    n.path("totalCount").asText("?"));
        } catch (IOException e) {
            out.println("!!! the first request failed: " + e);
            errors++;
        }
        if (preflight <= 0) {
            return errors;
        }
        Map<QueryMix.Kind, long[]> seen =
                new EnumMap<>(QueryMix.Kind.class); // requests, non-empty, studies returned, total counts
        List<String> empties = new ArrayList<>();
        for (int i = 0; i < preflight; i++) {
            QueryMix.Query q = mix.query(nextQuery.getAndIncrement());
            long[] s = seen.computeIfAbsent(q.kind(), k -> new long[4]);
            s[0]++;
            try {
                HttpResponse<byte[]> r = send(q.path());
                if (r.statusCode() != 200) {
                    errors++;
                    out.printf(Locale.ROOT, "!!! %d for %s: %s%n", r.statusCode(), q.path(), snippet(r.body()));
                    continue;
                }
                if (q.kind() == QueryMix.Kind.FETCH) {
                    s[1]++;
                    s[2]++;
                    continue;
                }
                JsonNode n = mapper.readTree(r.body());
                int got = n.path("studies").size();
                if (got > 0) {
                    s[1]++;
                    s[2] += got;
                } else if (empties.size() < 5) {
                    empties.add(q.path());
                }
                if (n.has("totalCount")) {
                    s[3] += n.path("totalCount").asLong();
                }
            } catch (IOException e) {
                errors++;
                out.printf(Locale.ROOT, "!!! %s for %s%n", e, q.path());
            }
        }
        out.printf(
                Locale.ROOT, "pre-flight: %d requests one by one; share that found at least one study:%n", preflight);
        for (var e : seen.entrySet()) {
            long[] s = e.getValue();
            out.printf(
                    Locale.ROOT,
                    "  %-13s %4d requests, %5.1f%% non-empty, %5.1f studies per page%n",
                    e.getKey().label(),
                    s[0],
                    100.0 * s[1] / s[0],
                    s[1] == 0 ? 0.0 : (double) s[2] / s[1]);
        }
        for (String e : empties) {
            out.println("  e.g. empty: " + e);
        }
        return errors;
    }

    // ---------------------------------------------------------------- the load

    private HttpResponse<byte[]> send(String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return client.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    private Run drive(String label, Duration length, ServerProcess server, ServedUpdate batch)
            throws InterruptedException, IOException {
        List<Recorder> recorders = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            recorders.add(new Recorder(slowest));
        }
        ServerProcess.Usage u0 = server.usage();
        long c0 = processCpuNanos();
        double m0 = machineBusySeconds();
        long wall0 = System.currentTimeMillis();
        long start = System.nanoTime() + 1_000_000;
        long end = start + length.toNanos();
        LoadLoop loop = rate == null
                ? LoadLoop.closed(start, end, maxRequests)
                : LoadLoop.open(start, end, rate, TimeUnit.SECONDS.toNanos(DRAIN_SECONDS), maxRequests);
        LoadLoop.Exchange exchange = q -> {
            try {
                HttpResponse<byte[]> r = send(q.path());
                return new LoadLoop.Outcome(r.statusCode(), r.body(), null);
            } catch (IOException e) {
                return new LoadLoop.Outcome(-1, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        };
        LoadLoop.Sleeper sleeper = until -> {
            for (long wait; (wait = until - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
        };
        CompletableFuture<ServedUpdate.Result> updated = null;
        long stop;
        long wall1;
        ServerProcess.Usage u1;
        long c1;
        double m1;
        try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (Recorder rec : recorders) {
                workers.add(ex.submit(() -> {
                    loop.work(mix, nextQuery, System::nanoTime, sleeper, exchange, rec);
                    return null;
                }));
            }
            if (batch != null) {
                updated = CompletableFuture.supplyAsync(
                        () -> {
                            sleeper.sleepUntil(start + TimeUnit.SECONDS.toNanos(updateAfter));
                            try {
                                return batch.apply(
                                        ingestCommand(),
                                        batch.logFile(),
                                        Math.max(60, Timeouts.serverStartSeconds(studies)));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException(e);
                            }
                        },
                        ex);
            }
            for (Future<?> w : workers) {
                try {
                    w.get();
                } catch (ExecutionException e) {
                    throw new IOException("a load worker failed: " + e.getCause(), e.getCause());
                }
            }
            // the run's figures end with the load, not with an update that outlasts it
            stop = System.nanoTime();
            wall1 = System.currentTimeMillis();
            u1 = server.usage();
            c1 = processCpuNanos();
            m1 = machineBusySeconds();
        }
        double wall = (stop - start) / 1e9; // open loop: the last requests may answer after the end
        double srv = (u1.cpuSeconds() - u0.cpuSeconds()) / wall;
        double gen = (c1 - c0) / 1e9 / wall;
        double others = Double.isNaN(m0) || Double.isNaN(m1) ? Double.NaN : Math.max(0, (m1 - m0) / wall - srv - gen);
        long due = loop.due();
        long unsent = rate == null ? 0 : Math.max(0, due - loop.sent());
        GcLog.Summary gc = GcLog.summarize(GcLog.read(gcLog), wall0, wall1);
        ServedUpdate.Result up = null;
        if (updated != null) {
            try {
                up = updated.join();
            } catch (RuntimeException e) {
                throw new IOException("the update failed: " + e.getMessage(), e);
            }
        }
        return Run.of(label, recorders, wall, srv, gen, others, u1.rssBytes(), slowest, due, unsent, gc, up);
    }

    /** The real {@code trialfinder ingest} into the served store, as its own JVM. */
    private List<String> ingestCommand() {
        return List.of(
                javaInUse.toString(),
                "-Xmx" + updateHeap,
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseParallelGC",
                "-jar",
                appJarInUse.toString(),
                "ingest",
                "--data",
                dataInUse.toString(),
                "--no-progress");
    }

    /** Busy CPU seconds of the whole machine since boot (all cores; /proc/stat), NaN where unavailable. */
    private static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / 100.0; // USER_HZ, 100 on Linux
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    // ---------------------------------------------------------------- recording

    /** One slow request, kept for the report. */
    record Slow(long nanos, QueryMix.Kind kind, String path, int status) {}

    /** What one worker saw; only its own thread writes it. */
    static final class Recorder {
        final LongList all = new LongList();
        final EnumMap<QueryMix.Kind, LongList> byKind = new EnumMap<>(QueryMix.Kind.class);
        final long[] kindBytes = new long[QueryMix.Kind.values().length];
        final LongList service = new LongList();
        /** Due time of each timed request, in the order of {@link #all}. */
        final LongList dues = new LongList();
        /** Due time of each failed request. */
        final LongList errorDues = new LongList();

        final PriorityQueue<Slow> slow = new PriorityQueue<>(Comparator.comparingLong(Slow::nanos));
        final Map<String, Long> errors = new TreeMap<>();
        final List<String> examples = new ArrayList<>();
        final int keep;
        long bytes;
        long late;

        Recorder(int keep) {
            this.keep = keep;
        }

        void record(
                QueryMix.Query q,
                long due,
                long latency,
                long serviceTime,
                long startDelay,
                int status,
                byte[] body,
                String failure) {
            if (status != 200) {
                String key = status < 0 ? failure.replaceAll(":.*", "") : "HTTP " + status;
                errors.merge(key, 1L, Long::sum);
                if (examples.size() < 5) {
                    examples.add(key + " for " + q.path() + ": " + (body != null ? snippet(body) : failure));
                }
                errorDues.add(due);
                return; // failed requests are counted, not timed
            }
            all.add(latency);
            dues.add(due);
            service.add(serviceTime);
            byKind.computeIfAbsent(q.kind(), k -> new LongList()).add(latency);
            bytes += body.length;
            kindBytes[q.kind().ordinal()] += body.length;
            if (startDelay > 5_000_000) {
                late++;
            }
            if (keep > 0 && (slow.size() < keep || latency > slow.peek().nanos())) {
                slow.add(new Slow(latency, q.kind(), q.path(), status));
                if (slow.size() > keep) {
                    slow.poll();
                }
            }
        }
    }

    /** The figures of one run (or the warm-up). Latency arrays are sorted, in nanoseconds. */
    record Run(
            String label,
            long requests,
            double seconds,
            long[] latencies,
            long[] service,
            Map<QueryMix.Kind, long[]> byKind,
            long errors,
            Map<String, Long> errorCounts,
            List<String> examples,
            double serverCores,
            double benchCores,
            double otherCores,
            long serverRss,
            long bytes,
            long[] kindBytes,
            long late,
            List<Slow> slowest,
            long due,
            long unsent,
            GcLog.Summary gc,
            ServedUpdate.Result update,
            long[] updateWindow,
            long updateWindowErrors) {

        static Run of(
                String label,
                List<Recorder> recs,
                double seconds,
                double serverCores,
                double benchCores,
                double otherCores,
                long rss,
                int keep,
                long due,
                long unsent,
                GcLog.Summary gc,
                ServedUpdate.Result update) {
            LongList all = new LongList();
            LongList window = new LongList();
            long windowErrors = 0;
            LongList service = new LongList();
            Map<QueryMix.Kind, LongList> kinds = new EnumMap<>(QueryMix.Kind.class);
            Map<String, Long> errors = new TreeMap<>();
            List<String> examples = new ArrayList<>();
            List<Slow> slow = new ArrayList<>();
            long bytes = 0;
            long late = 0;
            long[] kindBytes = new long[QueryMix.Kind.values().length];
            for (Recorder r : recs) {
                for (int k = 0; k < kindBytes.length; k++) {
                    kindBytes[k] += r.kindBytes[k];
                }
                all.addAll(r.all);
                service.addAll(r.service);
                r.byKind.forEach(
                        (k, v) -> kinds.computeIfAbsent(k, x -> new LongList()).addAll(v));
                r.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
                examples.addAll(r.examples);
                slow.addAll(r.slow);
                bytes += r.bytes;
                late += r.late;
                if (update != null) {
                    long to = updateEnd(update);
                    for (int i = 0; i < r.dues.size(); i++) {
                        if (r.dues.get(i) >= update.startNanos() && r.dues.get(i) <= to) {
                            window.add(r.all.get(i));
                        }
                    }
                    for (int i = 0; i < r.errorDues.size(); i++) {
                        if (r.errorDues.get(i) >= update.startNanos() && r.errorDues.get(i) <= to) {
                            windowErrors++;
                        }
                    }
                }
            }
            slow.sort(Comparator.comparingLong(Slow::nanos).reversed());
            Map<QueryMix.Kind, long[]> byKind = new EnumMap<>(QueryMix.Kind.class);
            kinds.forEach((k, v) -> byKind.put(k, v.sorted()));
            long errorCount =
                    errors.values().stream().mapToLong(Long::longValue).sum();
            return new Run(
                    label,
                    all.size() + errorCount,
                    seconds,
                    all.sorted(),
                    service.sorted(),
                    byKind,
                    errorCount,
                    errors,
                    examples.subList(0, Math.min(5, examples.size())),
                    serverCores,
                    benchCores,
                    otherCores,
                    rss,
                    bytes,
                    kindBytes,
                    late,
                    slow.subList(0, Math.min(keep, slow.size())),
                    due,
                    unsent,
                    gc,
                    update,
                    window.sorted(),
                    windowErrors);
        }

        /**
         * The end of the update window: when the change was served (or, if never, when the run ended), and not
         * before the ingest process ended.
         */
        static long updateEnd(ServedUpdate.Result u) {
            if (u.appliedNanos() < 0 || Double.isNaN(u.ingestSeconds())) {
                return Long.MAX_VALUE;
            }
            return Math.max(u.appliedNanos(), u.startNanos() + (long) (u.ingestSeconds() * 1e9));
        }

        double throughput() {
            return requests / seconds;
        }

        long pct(double p) {
            return percentile(latencies, p);
        }

        long max() {
            return latencies.length == 0 ? 0 : latencies[latencies.length - 1];
        }

        double mean() {
            return Arrays.stream(latencies).average().orElse(0);
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** A growable long array. */
    static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void addAll(LongList o) {
            if (n + o.n > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + o.n));
            }
            System.arraycopy(o.a, 0, a, n, o.n);
            n += o.n;
        }

        int size() {
            return n;
        }

        long get(int i) {
            return a[i];
        }

        long[] sorted() {
            long[] s = Arrays.copyOf(a, n);
            Arrays.sort(s);
            return s;
        }
    }

    // ---------------------------------------------------------------- reporting

    private void printRun(Run r, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%s: %,d requests in %.1f s = %,.1f req/s, %s received, %,d errors%n",
                r.label(),
                r.requests(),
                r.seconds(),
                r.throughput(),
                IngestBenchmark.mib(r.bytes()),
                r.errors());
        out.printf(
                Locale.ROOT,
                "  latency%s ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  (mean %.2f)%n",
                rate == null ? "" : " from the scheduled time",
                ms(r.pct(0.50)),
                ms(r.pct(0.90)),
                ms(r.pct(0.99)),
                ms(r.pct(0.999)),
                ms(r.max()),
                r.mean() / 1e6);
        if (rate != null) {
            out.printf(
                    Locale.ROOT,
                    "  %,d requests were due, %,d sent, %,d never sent (the server could not keep up)%s%n",
                    r.due(),
                    r.requests(),
                    r.unsent(),
                    r.unsent() > 0.01 * r.due() ? "  !!! THE RATE WAS NOT HELD" : "");
            out.printf(
                    Locale.ROOT,
                    "  service time (from the actual send) ms: p50 %.2f  p99 %.2f  max %.2f; %,d requests started > 5 ms late%n",
                    ms(percentile(r.service(), 0.5)),
                    ms(percentile(r.service(), 0.99)),
                    ms(r.service().length == 0 ? 0 : r.service()[r.service().length - 1]),
                    r.late());
        }
        out.printf(
                Locale.ROOT,
                "  CPU: server %.0f%% of one core, bench (load generator) %.0f%% of one core, other processes %.0f%%; server RSS %s%n",
                100 * r.serverCores(),
                100 * r.benchCores(),
                100 * r.otherCores(),
                r.serverRss() < 0 ? "?" : IngestBenchmark.mib(r.serverRss()));
        out.printf(
                Locale.ROOT,
                "  load generator CPU share: %.0f%% of the CPU used on the machine (%.0f%% of its %d cores)%n",
                100 * generatorShare(r),
                100 * r.benchCores() / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());
        out.printf(
                Locale.ROOT,
                "  server GC (-Xmx%s, from its -Xlog:gc): %s%n",
                this.server.serverHeap,
                r.gc().describe());
        if (r.update() != null) {
            printUpdate(r, out);
        }
        if (r.otherCores() > 0.1) {
            out.printf(
                    Locale.ROOT,
                    "  WARNING: other processes used %.0f%% of a core during this run: the figures are disturbed%n",
                    100 * r.otherCores());
        }
        out.printf(
                Locale.ROOT,
                "  %-13s %6s %9s %8s %8s %8s %8s %11s%n",
                "kind",
                "share",
                "requests",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "mean KiB");
        for (var e : r.byKind().entrySet()) {
            long[] v = e.getValue();
            out.printf(
                    Locale.ROOT,
                    "  %-13s %5.1f%% %,9d %8.2f %8.2f %8.2f %8.2f %11.1f%n",
                    e.getKey().label(),
                    100.0 * v.length / Math.max(1, r.latencies().length),
                    v.length,
                    ms(percentile(v, 0.5)),
                    ms(percentile(v, 0.9)),
                    ms(percentile(v, 0.99)),
                    ms(v.length == 0 ? 0 : v[v.length - 1]),
                    v.length == 0 ? 0.0 : r.kindBytes()[e.getKey().ordinal()] / 1024.0 / v.length);
        }
        if (!r.slowest().isEmpty()) {
            out.printf(Locale.ROOT, "  slowest %d:%n", r.slowest().size());
            for (Slow s : r.slowest()) {
                out.printf(
                        Locale.ROOT,
                        "    %8.2f ms  %-12s %s%n",
                        ms(s.nanos()),
                        s.kind().label(),
                        s.path());
            }
        }
        printErrors(r, out);
    }

    private void printUpdate(Run r, PrintStream out) {
        ServedUpdate.Result u = r.update();
        out.printf(
                Locale.ROOT,
                "  update: %,d changed studies, trialfinder ingest exited %d after %.1f s; served (every probe study in its "
                        + "new version) %s after the ingest started%n",
                u.studies(),
                u.ingestExit(),
                u.ingestSeconds(),
                Double.isNaN(u.appliedSeconds()) ? "NEVER" : String.format(Locale.ROOT, "%.2f s", u.appliedSeconds()));
        for (String line : u.ingestTail()) {
            out.println("    [ingest] " + line);
        }
        out.printf(
                Locale.ROOT,
                "  during the update: %,d requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %,d failed%n",
                r.updateWindow().length + r.updateWindowErrors(),
                ms(percentile(r.updateWindow(), 0.5)),
                ms(percentile(r.updateWindow(), 0.99)),
                ms(r.updateWindow().length == 0 ? 0 : r.updateWindow()[r.updateWindow().length - 1]),
                r.updateWindowErrors());
        double busy = Math.max(
                Double.isNaN(u.appliedSeconds()) ? Double.POSITIVE_INFINITY : u.appliedSeconds(), u.ingestSeconds());
        if (Double.isNaN(busy) || updateAfter + busy > seconds) {
            out.printf(
                    Locale.ROOT,
                    "  !!! the update outlasted the run (%d s in + %.1f s > %d s): the load stopped before it ended, "
                            + "so the figures during it are partial; run with a larger --seconds%n",
                    updateAfter,
                    busy,
                    seconds);
        }
    }

    /** The load generator's part of all the CPU the machine used during the run. */
    static double generatorShare(Run r) {
        double all = r.serverCores() + r.benchCores() + (Double.isNaN(r.otherCores()) ? 0 : r.otherCores());
        return all <= 0 ? 0 : r.benchCores() / all;
    }

    private static void printErrors(Run r, PrintStream out) {
        if (r.errors() == 0) {
            return;
        }
        out.printf(
                Locale.ROOT,
                "  !!! %s: %,d of %,d requests FAILED: %s%n",
                r.label(),
                r.errors(),
                r.requests(),
                r.errorCounts());
        for (String e : r.examples()) {
            out.println("  !!!   " + e);
        }
    }

    private void summarize(List<Run> runs, ServerProcess server, int cores, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%n=== summary: %,d studies in the store, %s, %d × %d s after %d s warm-up, %d cores shared by server and load generator%n",
                server.studies(),
                rate == null
                        ? "closed loop, " + concurrency + " workers"
                        : String.format(Locale.ROOT, "open loop at %.0f req/s, %d workers", rate, concurrency),
                runs.size(),
                seconds,
                warmupSeconds,
                cores);
        out.printf(
                Locale.ROOT,
                "  %-7s %9s %9s %8s %8s %8s %8s %8s %8s %8s %8s %7s%n",
                "",
                "requests",
                "req/s",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "p99.9 ms",
                "max ms",
                "srv CPU",
                "gen CPU",
                "others",
                "errors");
        for (Run r : runs) {
            row(
                    r.label(),
                    r.requests(),
                    r.throughput(),
                    r.pct(0.5),
                    r.pct(0.9),
                    r.pct(0.99),
                    r.pct(0.999),
                    r.max(),
                    r.serverCores(),
                    r.benchCores(),
                    r.otherCores(),
                    r.errors(),
                    out);
        }
        row(
                "median",
                (long) median(runs, Run::requests),
                median(runs, Run::throughput),
                (long) median(runs, r -> r.pct(0.5)),
                (long) median(runs, r -> r.pct(0.9)),
                (long) median(runs, r -> r.pct(0.99)),
                (long) median(runs, r -> r.pct(0.999)),
                (long) median(runs, Run::max),
                median(runs, Run::serverCores),
                median(runs, Run::benchCores),
                median(runs, Run::otherCores),
                (long) median(runs, Run::errors),
                out);
        out.printf(
                Locale.ROOT, "  (CPU columns: percent of one core; \"others\" = every other process on the machine)%n");
        out.printf(Locale.ROOT, "  per kind, median of runs (ms):%n");
        for (QueryMix.Kind k : QueryMix.Kind.values()) {
            if (runs.stream().noneMatch(r -> r.byKind().containsKey(k))) {
                continue;
            }
            ToDoubleFunction<Run> p50 = r -> percentile(r.byKind().getOrDefault(k, new long[0]), 0.5);
            ToDoubleFunction<Run> p99 = r -> percentile(r.byKind().getOrDefault(k, new long[0]), 0.99);
            out.printf(
                    Locale.ROOT,
                    "    %-13s p50 %7.2f  p99 %7.2f%n",
                    k.label(),
                    median(runs, p50) / 1e6,
                    median(runs, p99) / 1e6);
        }
        double p50 = median(runs, r -> r.pct(0.5)) / 1e6;
        double p99 = median(runs, r -> r.pct(0.99)) / 1e6;
        double tput = median(runs, Run::throughput);
        long errors = runs.stream().mapToLong(Run::errors).sum();
        boolean held = runs.stream().allMatch(r -> r.unsent() <= 0.01 * r.due());
        if (rate != null) {
            out.printf(
                    Locale.ROOT,
                    "  open loop at %.0f req/s: median %,.0f due, %,.0f never sent per run%s%n",
                    rate,
                    median(runs, Run::due),
                    median(runs, Run::unsent),
                    held ? "" : " — THE RATE WAS NOT HELD (latencies of the unsent requests are not in the figures)");
        }
        out.printf(
                Locale.ROOT,
                "  load generator CPU: median %.0f%% of one core, %.0f%% of the CPU used on the machine%n",
                100 * median(runs, Run::benchCores),
                100 * median(runs, LoadBenchmark::generatorShare));
        out.printf(
                Locale.ROOT,
                "  server GC pauses (-Xmx%s), median of runs: %,.0f pauses, p50 %.2f ms, p99 %.2f ms, max %.2f ms, "
                        + "total %.1f ms per run; heap after GC up to %s%n",
                this.server.serverHeap,
                median(runs, r -> r.gc().count()),
                median(runs, r -> r.gc().p50()),
                median(runs, r -> r.gc().p99()),
                median(runs, r -> r.gc().max()),
                median(runs, r -> r.gc().total()),
                IngestBenchmark.mib((long) median(runs, r -> r.gc().maxAfterBytes())));
        out.printf(Locale.ROOT, "%ngoals of issue 10 (median of %d runs):%n", runs.size());
        if (rate == null) {
            goal(
                    out,
                    String.format(
                            Locale.ROOT,
                            "capacity ≥ %.0f req/s with %d closed-loop workers, no error",
                            GOAL_CAPACITY,
                            GOAL_CAPACITY_WORKERS),
                    concurrency != GOAL_CAPACITY_WORKERS ? null : tput >= GOAL_CAPACITY && errors == 0,
                    String.format(Locale.ROOT, "%,.1f req/s with %d workers, %,d errors", tput, concurrency, errors));
        } else if (update == null) {
            boolean atRate = rate >= GOAL_RATE;
            goal(
                    out,
                    String.format(Locale.ROOT, "open loop at %.0f req/s: p50 ≤ %.0f ms", GOAL_RATE, GOAL_P50_MS),
                    atRate ? p50 <= GOAL_P50_MS && held : null,
                    String.format(
                            Locale.ROOT, "p50 %.2f ms at %.0f req/s%s", p50, rate, held ? "" : ", rate NOT held"));
            goal(
                    out,
                    String.format(Locale.ROOT, "open loop at %.0f req/s: p99 ≤ %.0f ms", GOAL_RATE, GOAL_P99_MS),
                    atRate ? p99 <= GOAL_P99_MS && held : null,
                    String.format(
                            Locale.ROOT, "p99 %.2f ms at %.0f req/s%s", p99, rate, held ? "" : ", rate NOT held"));
            goal(out, "open loop: no error", errors == 0, String.format(Locale.ROOT, "%,d errors", errors));
        }
        if (update != null) {
            double applied = median(
                    runs,
                    r -> Double.isNaN(r.update().appliedSeconds())
                            ? Double.POSITIVE_INFINITY
                            : r.update().appliedSeconds());
            double windowP99 = median(runs, r -> percentile(r.updateWindow(), 0.99)) / 1e6;
            goal(
                    out,
                    String.format(
                            Locale.ROOT,
                            "%,d changed studies applied (served) in ≤ %.0f s",
                            update,
                            GOAL_UPDATE_APPLIED_S),
                    applied <= GOAL_UPDATE_APPLIED_S,
                    String.format(Locale.ROOT, "%.2f s", applied));
            goal(
                    out,
                    "no request fails while updating",
                    errors == 0,
                    String.format(
                            Locale.ROOT,
                            "%,d failed during the updates, %,d in the whole runs",
                            runs.stream().mapToLong(Run::updateWindowErrors).sum(),
                            errors));
            goal(
                    out,
                    String.format(Locale.ROOT, "p99 ≤ %.0f ms during the update", GOAL_UPDATE_P99_MS),
                    windowP99 <= GOAL_UPDATE_P99_MS && held,
                    String.format(
                            Locale.ROOT,
                            "p99 %.2f ms at %s%s",
                            windowP99,
                            rate == null ? "closed loop" : String.format(Locale.ROOT, "%.0f req/s", rate),
                            held ? "" : ", rate NOT held"));
        }
        double gcP99 = median(runs, r -> r.gc().p99());
        goal(
                out,
                String.format(
                        Locale.ROOT,
                        "serve under -Xmx%s holding the load: GC pauses p99 ≤ %.0f ms",
                        GOAL_GC_HEAP,
                        GOAL_GC_P99_MS),
                gcGoalApplies() ? gcP99 <= GOAL_GC_P99_MS : null,
                String.format(
                        Locale.ROOT,
                        "p99 %.2f ms under -Xmx%s (%,.0f pauses per run)",
                        gcP99,
                        this.server.serverHeap,
                        median(runs, r -> r.gc().count())));
        if (rate == null) {
            out.printf(
                    Locale.ROOT,
                    "  (closed loop: %d workers keep the server saturated, so latency includes queueing — by Little's law "
                            + "mean latency ≈ %d / throughput; run with --rate %.0f for latency at the goal's load)%n",
                    concurrency,
                    concurrency,
                    GOAL_RATE);
        }
        Map<String, Long> errs = new LinkedHashMap<>();
        runs.forEach(r -> r.errorCounts().forEach((k, v) -> errs.merge(k, v, Long::sum)));
        if (!errs.isEmpty()) {
            out.printf(Locale.ROOT, "!!! errors over all runs: %s%n", errs);
        }
    }

    /** Point 6 is about -Xmx1g under the load of point 3: 16 closed-loop workers, or the open loop at 300 req/s. */
    private boolean gcGoalApplies() {
        boolean pointThreeLoad = rate == null ? concurrency == GOAL_CAPACITY_WORKERS : rate >= GOAL_RATE;
        return GOAL_GC_HEAP.equalsIgnoreCase(this.server.serverHeap) && pointThreeLoad && update == null;
    }

    /** One goal line: PASS, MISS, or n/a (null: this run's settings are not the goal's, so it says nothing). */
    static void goal(PrintStream out, String goal, Boolean met, String measured) {
        out.printf(
                Locale.ROOT,
                "  %-4s  %s — measured: %s%n",
                met == null ? "n/a" : met ? "PASS" : "MISS",
                goal,
                measured + (met == null ? " (not the goal's settings)" : ""));
    }

    private static void row(
            String label,
            long requests,
            double tput,
            long p50,
            long p90,
            long p99,
            long p999,
            long max,
            double srv,
            double gen,
            double others,
            long errors,
            PrintStream out) {
        out.printf(
                Locale.ROOT,
                "  %-7s %,9d %9.1f %8.2f %8.2f %8.2f %8.2f %8.2f %7.0f%% %7.0f%% %7.0f%% %7d%n",
                label,
                requests,
                tput,
                ms(p50),
                ms(p90),
                ms(p99),
                ms(p999),
                ms(max),
                100 * srv,
                100 * gen,
                100 * others,
                errors);
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        if (v.length == 0) {
            return 0;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String snippet(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return body.length > 300 ? s + "…" : s;
    }
}
