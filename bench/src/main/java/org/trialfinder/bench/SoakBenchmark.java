package org.trialfinder.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToLongFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The soak: the real server under a steady open-loop load for minutes while syncs change the store, watched from
 * outside. Fails when the heap left after a full GC in the last minute is more than 10 % above the second minute's,
 * when threads or open files grow, when a request fails or is never sent, or when a sync fails.
 */
@Command(
        name = "soak",
        mixinStandardHelpOptions = true,
        description = {
            "The server for --minutes at a steady --rate of the load mix (open loop) on the N-study store (as load),",
            "with a sync of --sync-studies changed studies every --sync-every seconds from a fake ClinicalTrials.gov API",
            "v2 on loopback (serve's own background sync, or with --sync-by command the real `trialfinder sync` in its",
            "own JVM). Samples the server's threads, open",
            "files, RSS and heap after GC every --sample-seconds; three times in the second and in the last minute asks for",
            "a full GC with a class histogram of the live objects (jcmd GC.class_histogram; its pause counts in that",
            "minute's latency) and keeps the least heap they leave (from the GC log), printing the classes that grew most.",
            "Prints the series and latency p50/p99 per minute; exit 1 when",
            "the last minute's heap after full GC is > 10 % above the second minute's, threads or open files grow",
            "(last minute's fewest above the second minute's by more than max(2, 10 %)), any request fails or is never",
            "sent, or a sync fails."
        })
public final class SoakBenchmark implements Callable<Integer> {
    static final double HEAP_GROWTH_LIMIT = 0.10;
    static final double COUNT_GROWTH_LIMIT = 0.10;
    static final int COUNT_GROWTH_SLACK = 2;
    static final long DRAIN_SECONDS = 30;
    /** When, in the second and in the last minute, the full GCs that measure the live heap run. */
    static final int[] MEASURING_GC_SECONDS = {20, 35, 50};

    @Mixin
    ProjectRoot root;

    @Mixin
    BenchStoreOptions store;

    @Mixin
    ServerJvm server;

    @Option(
            names = "--studies",
            defaultValue = "100000",
            description = "Studies in the store (default ${DEFAULT-VALUE}).")
    long studies;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--query-seed", defaultValue = "7", description = "Query mix seed (default ${DEFAULT-VALUE}).")
    long querySeed;

    @Option(
            names = "--minutes",
            defaultValue = "10",
            description = "Length of the load, at least 3 (default ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--rate", defaultValue = "100", description = "Requests per second (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--concurrency",
            defaultValue = "32",
            description = "Requests in flight at most (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--sync-every",
            defaultValue = "120",
            paramLabel = "SECONDS",
            description = "Seconds between syncs (default ${DEFAULT-VALUE}).")
    int syncEvery;

    @Option(
            names = "--sync-first-after",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description = "When the first sync starts (default ${DEFAULT-VALUE}).")
    int syncFirstAfter;

    @Option(
            names = "--sync-studies",
            defaultValue = "1000",
            description = "Changed studies per sync (default ${DEFAULT-VALUE}).")
    int syncStudies;

    @Option(
            names = "--sync-by",
            defaultValue = "serve",
            paramLabel = "serve|command",
            description = "Who syncs: serve's own background sync (--sync-url <fake> --sync-every; the default) or a"
                    + " `trialfinder sync` process per round.")
    String syncBy;

    @Option(
            names = "--sync-heap",
            defaultValue = "1g",
            description = "-Xmx of each sync process (default ${DEFAULT-VALUE}).")
    String syncHeap;

    @Option(
            names = "--sample-seconds",
            defaultValue = "5",
            description = "Seconds between samples (default ${DEFAULT-VALUE}).")
    int sampleSeconds;

    /** One minute's full GC: the heap it left (bytes), -1 if none was seen. */
    private final Map<Integer, Long> heapAfterFullGc = new TreeMap<>();
    /** The live objects by class right after that minute's full GC, to say what grew. */
    private final Map<Integer, HeapHistogram> histogramAfterFullGc = new TreeMap<>();

    private final List<ProcessSampler.Sample> samples = Collections.synchronizedList(new ArrayList<>());
    /** Wall-clock time of the load's start, to place the samples in their minute. */
    private long startMillis;

    /** The server's options: with serve's background sync from the fake upstream, unless a process syncs. */
    private List<String> serveOptions(FakeCtGovApi api) {
        if (syncBy.equals("command")) {
            return List.of("--no-sample");
        }
        return List.of(
                "--no-sample",
                "--sync-url",
                api.baseUrl(),
                "--sync-every",
                syncEvery + "s",
                "--sync-request-interval",
                "0");
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (!syncBy.equals("serve") && !syncBy.equals("command")) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--sync-by must be serve or command, not \"" + syncBy + "\"");
        }
        if (minutes < 3 || rate <= 0 || concurrency <= 0 || syncEvery <= 0 || syncStudies <= 0 || sampleSeconds <= 0) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this),
                    "--minutes must be at least 3 (the second minute is the baseline, the first the warm-up); "
                            + "--rate, --concurrency, --sync-every, --sync-studies and --sample-seconds positive");
        }
        Path home = root.path();
        Path appJar = home.resolve("app/target/trialfinder.jar");
        if (!Files.isRegularFile(appJar)) {
            throw new IOException(appJar + " is missing: build it with ./mvnw -B -q -DskipTests package -pl app -am");
        }
        Path work = home.resolve("bench/target/soak");
        Files.createDirectories(work);
        // A private copy: other builds may rewrite app/target/trialfinder.jar while the server runs from it.
        Path jar = work.resolve("trialfinder.jar");
        Files.copy(appJar, jar, StandardCopyOption.REPLACE_EXISTING);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path data = store.store(root, studies);
        List<String> jvm = server.options(List.of());
        BenchStore.prepare(java, jvm, jar, data, store.corpusCache(root), studies, seed, out);

        long stamp = System.currentTimeMillis();
        Path gcLog = work.resolve("server-gc-" + stamp + ".log");
        List<String> serverJvm = new ArrayList<>(jvm);
        serverJvm.add(GcLog.jvmOption(gcLog));
        int rounds = 0;
        while (syncFirstAfter + (long) rounds * syncEvery < minutes * 60L) {
            rounds++;
        }
        Path corpus = store.corpusCache(root).resolve("corpus-n" + studies + "-s" + seed + ".jsonl.gz");
        List<String> head = SoakSync.readCorpusHead(corpus, rounds * syncStudies);
        QueryMix mix = QueryMix.fromSample(studies, seed, querySeed);
        out.printf(
                Locale.ROOT,
                "%nsoak: %d min at %.0f req/s (open loop, up to %d in flight) of the load mix (%s), %d syncs of %,d "
                        + "changed studies (first after %d s, then every %d s); samples every %d s%n",
                minutes,
                rate,
                concurrency,
                mix.describe(),
                rounds,
                syncStudies,
                syncFirstAfter,
                syncEvery,
                sampleSeconds);
        out.printf(
                Locale.ROOT,
                "CAVEAT: the load generator, the syncs and the server share this machine's %d cores.%n",
                Runtime.getRuntime().availableProcessors());

        List<SoakSync.Round> syncs = Collections.synchronizedList(new ArrayList<>());
        List<LoadBenchmark.Recorder> recorders = new ArrayList<>();
        long start;
        LoadLoop loop;
        try (FakeCtGovApi api = FakeCtGovApi.start();
                ServerProcess srv = ServerProcess.start(
                        java, serverJvm, jar, data, out, Timeouts.serverStartSeconds(studies), serveOptions(api));
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build()) {
            String base = "http://127.0.0.1:" + srv.port();
            out.printf(
                    Locale.ROOT,
                    "server pid %d on %s with %,d studies; fake ClinicalTrials.gov API at %s%n",
                    srv.pid(),
                    base,
                    srv.studies(),
                    api.baseUrl());
            List<String> syncCommand = List.of(
                    java.toString(),
                    "-Xmx" + syncHeap,
                    "--enable-native-access=ALL-UNNAMED",
                    "-XX:+UseParallelGC",
                    "-jar",
                    jar.toString(),
                    "sync",
                    "--data",
                    data.toString());
            // serve syncs on its own clock, up to a period after a batch is published; a sync process starts at once
            boolean byServe = syncBy.equals("serve");
            SoakSync sync = new SoakSync(
                    api,
                    head,
                    syncStudies,
                    byServe ? null : syncCommand,
                    work,
                    client,
                    base,
                    byServe ? syncEvery + 180L : 60L);
            ProcessSampler sampler = new ProcessSampler(srv.pid(), gcLog);

            start = System.nanoTime() + 1_000_000;
            startMillis = System.currentTimeMillis() + 1;
            long end = start + TimeUnit.MINUTES.toNanos(minutes);
            loop = LoadLoop.open(start, end, rate, TimeUnit.SECONDS.toNanos(DRAIN_SECONDS), Long.MAX_VALUE);
            AtomicLong nextQuery = new AtomicLong();
            LoadLoop.Sleeper sleeper = until -> {
                for (long wait; (wait = until - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                }
            };
            LoadLoop.Exchange exchange = q -> {
                try {
                    HttpResponse<byte[]> r = client.send(
                            HttpRequest.newBuilder(URI.create(base + q.path()))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    return new LoadLoop.Outcome(r.statusCode(), r.body(), null);
                } catch (IOException e) {
                    return new LoadLoop.Outcome(-1, null, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            };
            final int roundCount = rounds;
            final long loadStart = start;
            try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < concurrency; w++) {
                    LoadBenchmark.Recorder rec = new LoadBenchmark.Recorder(0);
                    recorders.add(rec);
                    workers.add(ex.submit(() -> {
                        loop.work(mix, nextQuery, System::nanoTime, sleeper, exchange, rec);
                        return null;
                    }));
                }
                Future<?> syncing = ex.submit(() -> {
                    for (int k = 0; k < roundCount; k++) {
                        sleeper.sleepUntil(loadStart + TimeUnit.SECONDS.toNanos(syncFirstAfter + (long) k * syncEvery));
                        if (System.nanoTime() >= end) {
                            // earlier rounds took so long that this one would start after the load: it is not run,
                            // and the report counts it as a sync that did not happen
                            break;
                        }
                        SoakSync.Round r = sync.run(k);
                        syncs.add(r);
                        out.printf(
                                Locale.ROOT,
                                "  [%5.1f min] sync %d: exit %d in %.1f s, served after %.1f s: %s%n",
                                (System.nanoTime() - loadStart) / 60e9,
                                r.round(),
                                r.exitCode(),
                                r.syncSeconds(),
                                r.visibleSeconds(),
                                r.summary());
                    }
                    return null;
                });
                // samples; full GCs in the second and in the last minute, so the heap they leave (the live set) can be
                // compared: a young GC's leaves the old generation's garbage, which grows until a full GC. Three in
                // each
                // minute, and the least they leave counts: the load goes on while they run, so one of them can land
                // while a page of 1,000 full records is being written (tens of MiB live for a moment); a leak raises
                // all three.
                Deque<long[]> measuringGcs = new ArrayDeque<>();
                for (int m : minutes > 2 ? new int[] {2, minutes} : new int[] {minutes}) {
                    for (int second : MEASURING_GC_SECONDS) {
                        measuringGcs.add(new long[] {m, loadStart + TimeUnit.SECONDS.toNanos((m - 1) * 60L + second)});
                    }
                }
                int minuteDone = 0;
                while (minuteDone < minutes) {
                    long next = Math.min(
                            System.nanoTime() + TimeUnit.SECONDS.toNanos(sampleSeconds),
                            loadStart + TimeUnit.MINUTES.toNanos(minuteDone + 1));
                    if (!measuringGcs.isEmpty()) {
                        next = Math.min(next, measuringGcs.peek()[1]);
                    }
                    sleeper.sleepUntil(next);
                    if (!measuringGcs.isEmpty()
                            && System.nanoTime() >= measuringGcs.peek()[1]) {
                        int minute = (int) measuringGcs.poll()[0];
                        measureLiveHeap(minute, jcmd, srv.pid(), gcLog, work.resolve("histogram-" + stamp + ".txt"));
                    }
                    samples.add(sampler.sample());
                    if (System.nanoTime() >= loadStart + TimeUnit.MINUTES.toNanos(minuteDone + 1)) {
                        minuteDone++;
                        out.printf(
                                Locale.ROOT,
                                "  [%5.1f min] minute %d done: heap after full GC %s; %s; machine load average %s%n",
                                (System.nanoTime() - loadStart) / 60e9,
                                minuteDone,
                                mib(heapAfterFullGc.getOrDefault(minuteDone, -1L)),
                                describe(samples.get(samples.size() - 1)),
                                loadAverage());
                    }
                }
                for (Future<?> w : workers) {
                    join(w, "a load worker");
                }
                join(syncing, "the sync rounds");
            }
            if (!srv.alive()) {
                throw new IOException("the server died during the soak");
            }
        }
        out.println("server stopped");
        Path csv = work.resolve("samples-" + stamp + ".csv");
        writeSamples(csv);
        return report(out, recorders, loop, start, syncs, rounds, csv);
    }

    private static void join(Future<?> f, String what) throws IOException, InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            throw new IOException(what + " failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * One measuring full GC of {@code minute}, asked for as a class histogram of the live objects (jcmd
     * GC.class_histogram runs a full GC first; the log calls it "Pause Full (Heap Inspection Initiated GC)"): keeps the
     * least live heap it and the minute's earlier ones left (the histogram's bytes without the JVM's fillers), with that
     * one's histogram ({@code histogram-STAMP-minute-M.txt}).
     */
    private void measureLiveHeap(int minute, Path jcmd, long pid, Path gcLog, Path histogramStem)
            throws IOException, InterruptedException {
        Path file = histogramStem.resolveSibling(
                histogramStem.getFileName().toString().replace(".txt", "-minute-" + minute + ".txt"));
        Path taken = file.resolveSibling("latest-" + file.getFileName());
        long asked = System.currentTimeMillis();
        HeapHistogram histogram = HeapHistogram.take(jcmd, pid, taken);
        // the histogram's live objects, not the GC log's heap after: that counts the dead space the full GC left
        // filled in place (HeapHistogram.liveBytes); the log is the fallback when jcmd gave no histogram
        long live = histogram.byClass().isEmpty() ? heapLeftByFullGcSince(asked, gcLog) : histogram.liveBytes();
        if (live > 0 && live < heapAfterFullGc.getOrDefault(minute, Long.MAX_VALUE)) {
            heapAfterFullGc.put(minute, live);
            histogramAfterFullGc.put(minute, histogram);
            Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(taken);
        }
    }

    /** The heap the last full GC that ended at or after {@code askedMillis} left, from the GC log; -1 if not seen. */
    private static long heapLeftByFullGcSince(long askedMillis, Path gcLog) throws IOException, InterruptedException {
        for (int i = 0; i < 20; i++) {
            List<GcLog.Pause> full = GcLog.read(gcLog).stream()
                    .filter(g -> g.kind().startsWith("Pause Full") && g.endMillis() >= askedMillis)
                    .toList();
            if (!full.isEmpty()) {
                return full.get(full.size() - 1).afterBytes();
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private int report(
            PrintStream out,
            List<LoadBenchmark.Recorder> recorders,
            LoadLoop loop,
            long start,
            List<SoakSync.Round> syncs,
            int rounds,
            Path csv) {
        // latencies and errors by the minute each request was due in
        List<LoadBenchmark.LongList> latency = new ArrayList<>();
        long[] errors = new long[minutes + 1];
        for (int m = 0; m <= minutes; m++) {
            latency.add(new LoadBenchmark.LongList());
        }
        Map<String, Long> errorKinds = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (LoadBenchmark.Recorder r : recorders) {
            for (int i = 0; i < r.all.size(); i++) {
                latency.get(minuteOf(r.dues.get(i), start)).add(r.all.get(i));
            }
            for (int i = 0; i < r.errorDues.size(); i++) {
                errors[minuteOf(r.errorDues.get(i), start)]++;
            }
            r.errors.forEach((k, v) -> errorKinds.merge(k, v, Long::sum));
            r.examples.stream().limit(5 - Math.min(5, examples.size())).forEach(examples::add);
        }
        out.printf(Locale.ROOT, "%n=== soak: per minute (the first is the warm-up, the second the baseline)%n");
        out.printf(
                Locale.ROOT,
                "%-6s %9s %6s %9s %9s %14s %21s %13s %13s %10s%n",
                "minute",
                "requests",
                "errors",
                "p50 ms",
                "p99 ms",
                "heap full GC",
                "heap after GC min-max",
                "threads",
                "open files",
                "RSS max");
        for (int m = 1; m <= minutes; m++) {
            long[] sorted = latency.get(m - 1).sorted();
            List<ProcessSampler.Sample> in = inMinute(m, start);
            out.printf(
                    Locale.ROOT,
                    "%-6d %,9d %6d %9.1f %9.1f %14s %21s %13s %13s %10s%n",
                    m,
                    sorted.length,
                    errors[m - 1],
                    LoadBenchmark.ms(LoadBenchmark.percentile(sorted, 0.50)),
                    LoadBenchmark.ms(LoadBenchmark.percentile(sorted, 0.99)),
                    mib(heapAfterFullGc.getOrDefault(m, -1L)),
                    mib(min(in, ProcessSampler.Sample::heapAfterGcBytes)) + " - "
                            + mib(max(in, ProcessSampler.Sample::heapAfterGcBytes)),
                    min(in, s -> s.threads()) + " - " + max(in, s -> s.threads()),
                    min(in, s -> s.openFiles()) + " - " + max(in, s -> s.openFiles()),
                    mib(max(in, ProcessSampler.Sample::rssBytes)));
        }
        long lateErrors = errors[minutes];
        long unsent = Math.max(0, loop.due() - loop.sent());
        long totalErrors =
                errorKinds.values().stream().mapToLong(Long::longValue).sum();
        out.printf(
                Locale.ROOT,
                "requests due %,d, sent %,d, never sent %,d; failed %,d%s%n",
                loop.due(),
                loop.sent(),
                unsent,
                totalErrors,
                lateErrors > 0 ? " (" + lateErrors + " answered after the end)" : "");
        errorKinds.forEach((k, v) -> out.printf(Locale.ROOT, "  %,d × %s%n", v, k));
        examples.forEach(e -> out.println("  e.g. " + e));
        out.printf(Locale.ROOT, "series of every sample: %s%n", csv);

        List<String> failures = new ArrayList<>();
        long heapSecond = heapAfterFullGc.getOrDefault(2, -1L);
        long heapLast = heapAfterFullGc.getOrDefault(minutes, -1L);
        if (heapSecond <= 0 || heapLast <= 0) {
            failures.add("no heap after full GC for minute 2 or " + minutes
                    + " (jcmd GC.class_histogram or the GC log failed)");
        } else if (heapLast > heapSecond * (1 + HEAP_GROWTH_LIMIT)) {
            failures.add(String.format(
                    Locale.ROOT,
                    "heap after full GC grew %.1f %% (minute 2: %s, minute %d: %s; limit 10 %%)",
                    100.0 * (heapLast - heapSecond) / heapSecond,
                    mib(heapSecond),
                    minutes,
                    mib(heapLast)));
        }
        HeapHistogram second = histogramAfterFullGc.get(2);
        HeapHistogram last = histogramAfterFullGc.get(minutes);
        if (second != null && last != null && minutes > 2) {
            out.printf(Locale.ROOT, "classes that grew most, live after full GC, minute 2 → %d:%n", minutes);
            for (HeapHistogram.Growth g : last.grownSince(second, 12)) {
                out.printf(
                        Locale.ROOT,
                        "  %+9.1f MiB  %,11d → %,11d objects  %s%n",
                        g.bytesGrown() / 1048576.0,
                        g.instancesBefore(),
                        g.instancesAfter(),
                        g.className());
            }
        }
        grew("threads", s -> s.threads(), start, failures);
        grew("open files", s -> s.openFiles(), start, failures);
        if (totalErrors > 0) {
            failures.add(totalErrors + " requests failed");
        }
        if (unsent > 0) {
            failures.add(unsent + " requests were never sent: the rate was not held");
        }
        for (SoakSync.Round r : syncs) {
            if (!r.ok()) {
                failures.add("sync " + r.round() + " failed (exit " + r.exitCode() + ", served: "
                        + !Double.isNaN(r.visibleSeconds()) + ")");
            }
        }
        if (syncs.size() < rounds) {
            failures.add("only " + syncs.size() + " of " + rounds + " syncs ran");
        }
        out.printf(
                Locale.ROOT,
                "heap after full GC, minute 2 → %d: %s → %s (limit +10 %%); syncs: %d of %d succeeded%n",
                minutes,
                mib(heapSecond),
                mib(heapLast),
                syncs.stream().filter(SoakSync.Round::ok).count(),
                rounds);
        if (failures.isEmpty()) {
            out.println("SOAK PASS: heap, threads and open files flat; no request failed; every sync applied");
            return 0;
        }
        failures.forEach(f -> out.println("SOAK FAIL: " + f));
        return 1;
    }

    /**
     * Threads or open files: the last minute's floor (its fewest) may exceed the second minute's by max(2, 10 %) at
     * most. The floor, not the peak: a sync that is writing holds a few more files and threads while it runs, in
     * whichever minute it falls; what leaks stays, and raises the floor.
     */
    private void grew(String what, ToLongFunction<ProcessSampler.Sample> f, long start, List<String> failures) {
        long second = min(inMinute(2, start), f);
        long last = min(inMinute(minutes, start), f);
        long allowed = second + Math.max(COUNT_GROWTH_SLACK, (long) Math.ceil(second * COUNT_GROWTH_LIMIT));
        if (second < 0 || last < 0) {
            failures.add("no " + what + " samples for minute 2 or " + minutes);
        } else if (last > allowed) {
            failures.add(what + " grew: at least " + second + " in minute 2, " + last + " in minute " + minutes
                    + " (allowed up to " + allowed + ")");
        }
    }

    private int minuteOf(long dueNanos, long start) {
        return (int) Math.max(0, Math.min(minutes, (dueNanos - start) / TimeUnit.MINUTES.toNanos(1)));
    }

    private List<ProcessSampler.Sample> inMinute(int minute, long start) {
        long from = startMillis + (minute - 1) * 60_000L;
        long to = from + 60_000L;
        synchronized (samples) {
            return samples.stream()
                    .filter(s -> s.atMillis() > from && s.atMillis() <= to)
                    .toList();
        }
    }

    private static long min(List<ProcessSampler.Sample> in, ToLongFunction<ProcessSampler.Sample> f) {
        return in.stream().mapToLong(f).filter(v -> v >= 0).min().orElse(-1);
    }

    private static long max(List<ProcessSampler.Sample> in, ToLongFunction<ProcessSampler.Sample> f) {
        return in.stream().mapToLong(f).filter(v -> v >= 0).max().orElse(-1);
    }

    private static String describe(ProcessSampler.Sample s) {
        return String.format(
                Locale.ROOT,
                "threads %d, open files %d, heap after last GC %s, RSS %s",
                s.threads(),
                s.openFiles(),
                mib(s.heapAfterGcBytes()),
                mib(s.rssBytes()));
    }

    /** The 1-minute load average (/proc/loadavg): how busy the machine's cores were, beside the soak's own work. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private void writeSamples(Path csv) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv))) {
            w.println("epoch_ms,threads,open_files,rss_bytes,heap_after_last_gc_bytes");
            synchronized (samples) {
                for (ProcessSampler.Sample s : samples) {
                    w.printf(
                            Locale.ROOT,
                            "%d,%d,%d,%d,%d%n",
                            s.atMillis(),
                            s.threads(),
                            s.openFiles(),
                            s.rssBytes(),
                            s.heapAfterGcBytes());
                }
            }
        }
    }
}
