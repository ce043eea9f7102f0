package org.trialfinder.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.Ingester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Times a full ingest of a generated corpus into a fresh store with the real {@link Ingester}, R
 * times, then a re-ingest of the same corpus into the filled store (every study unchanged), and
 * reports studies/s, heap, store size and the projection to the full registry.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Benchmarks ingest: a generated corpus (cached by studies+seed) into a fresh store, R times, "
                + "plus a re-ingest of the same corpus into the filled store.")
public final class IngestBenchmark implements Callable<Integer> {
    @Mixin
    TimedRuns runs;

    static final long PROJECTED_STUDIES = 600_000;
    static final double GOAL_SECONDS = 300;
    static final double GOAL_RATE = 2_000;
    static final double GOAL_REINGEST_RATE = 10_000;
    /** The bench JVM's -Xmx (bench/run): an ingest that needed more would fail with OutOfMemoryError. */
    static final long GOAL_HEAP_BYTES = 2L << 30;

    @Option(
            names = "--studies",
            defaultValue = "" + CorpusGenerator.DEFAULT_STUDIES,
            description = "Corpus size (default ${DEFAULT-VALUE}).")
    long studies;

    @Option(
            names = "--seed",
            defaultValue = "" + CorpusGenerator.DEFAULT_SEED,
            description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--workers", description = "Ingest worker threads (default: one per core, as the app).")
    Integer workers;

    @Option(
            names = "--format",
            defaultValue = "jsonl",
            description = "Corpus form: jsonl (gzip JSON Lines) or zip (bulk layout). Default ${DEFAULT-VALUE}.")
    String format;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Folder for generated corpora (default: <tmp>/trialfinder-bench-corpus).")
    Path cache;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Folder for the temporary stores (default: the system temp folder).")
    Path work;

    @Option(
            names = "--templates",
            paramLabel = "FILE",
            description = "Real v2 records as JSON Lines; default: the sample in the jar.")
    Path templates;

    @Option(names = "--no-reingest", description = "Skip the re-ingest scenario.")
    boolean noReingest;

    /** One phase's figures. */
    record Phase(IngestSummary summary, HeapMeter.Heap heap, long storeBytes, long storeCount) {
        double rate() {
            return summary.studiesPerSecond();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        int w = workers != null ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
        Path corpus = corpus(out);
        long corpusBytes = Files.size(corpus);

        out.printf(
                Locale.ROOT,
                "%nJVM %s, %d cores, max heap %s, %d ingest workers%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                mib(Runtime.getRuntime().maxMemory()),
                w);
        Path workDir = work != null ? Files.createDirectories(work) : Path.of(System.getProperty("java.io.tmpdir"));

        List<Phase> fresh = new ArrayList<>();
        List<Phase> again = new ArrayList<>();
        for (int run = 1; run <= runs.count(); run++) {
            Path root = Files.createTempDirectory(workDir, "trialfinder-bench-store-");
            try {
                long o0 = System.nanoTime();
                try (Trialfinder app = Trialfinder.open(root, out)) {
                    // the first open loads the gazetteer and MeSH (once per process, as in the app): not timed
                    out.printf(Locale.ROOT, "%nstore opened in %.1f s%n", (System.nanoTime() - o0) / 1e9);
                    out.printf(
                            Locale.ROOT,
                            "%n=== run %d/%d: ingest of %,d studies into a fresh store (%s)%n",
                            run,
                            runs.count(),
                            studies,
                            root);
                    Phase p = phase(app, root, w, corpus, out);
                    fresh.add(p);
                    printPhase("run " + run + " fresh", p, out);
                    if (!noReingest) {
                        out.printf(
                                Locale.ROOT,
                                "%n=== run %d/%d: re-ingest of the same corpus into the filled store%n",
                                run,
                                runs.count());
                        Phase r = phase(app, root, w, corpus, out);
                        again.add(r);
                        printPhase("run " + run + " re-ingest", r, out);
                    }
                }
            } finally {
                deleteTree(root);
            }
        }

        out.printf(
                Locale.ROOT,
                "%n=== summary: %,d generated studies (seed %d, %s, %s), %d runs, %d workers, -Xmx %s%n",
                studies,
                seed,
                corpus.getFileName(),
                mib(corpusBytes),
                runs.count(),
                w,
                mib(Runtime.getRuntime().maxMemory()));
        summarize("fresh ingest", fresh, out);
        if (!again.isEmpty()) {
            summarize("re-ingest, all unchanged", again, out);
        }
        project(fresh, again, out);
        goals(fresh, again, out);
        return 0;
    }

    private Path corpus(PrintStream out) {
        String ext = switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> ".jsonl.gz";
            case "zip" -> ".zip";
            default -> throw new CommandLine.ParameterException(new CommandLine(this), "--format must be jsonl or zip");
        };
        Path dir = cache != null ? cache : Path.of(System.getProperty("java.io.tmpdir"), "trialfinder-bench-corpus");
        String tag = templates == null
                ? ""
                : "-t"
                        + Integer.toHexString(
                                templates.toAbsolutePath().toString().hashCode());
        Path file = dir.resolve("corpus-n" + studies + "-s" + seed + tag + ext);
        if (Files.isRegularFile(file)) {
            try {
                out.printf(Locale.ROOT, "reusing the cached corpus %s (%s)%n", file, mib(Files.size(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }
        out.printf(Locale.ROOT, "generating %,d studies (seed %d) into %s …%n", studies, seed, file);
        long t0 = System.nanoTime();
        CorpusGenerator gen =
                templates == null ? CorpusGenerator.fromSample() : CorpusGenerator.fromJsonLines(templates);
        CorpusGenerator.Result r = gen.write(file, studies, seed);
        gen.report(r, out);
        out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return file;
    }

    private static Phase phase(Trialfinder app, Path root, int workers, Path corpus, PrintStream out) {
        Ingester ingester = app.ingester(new IngestOptions(workers, IngestOptions.ProgressMode.LOG, out));
        IngestSummary summary;
        HeapMeter.Heap heap;
        try (HeapMeter meter = HeapMeter.start()) {
            summary = ingester.ingestPaths(List.of(corpus));
            heap = meter.stop();
        }
        summary.print(out, "ingest");
        return new Phase(summary, heap, directorySize(root), app.store().count());
    }

    private static void printPhase(String label, Phase p, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%s: %,d studies stored, %.1f s, %,.0f studies/s; heap peak %s sampled every %d ms "
                        + "(%s sum of heap-pool peaks, %s max after GC); store %s%n",
                label,
                p.storeCount(),
                p.summary().elapsed().toMillis() / 1000.0,
                p.rate(),
                mib(p.heap().sampledPeak()),
                HeapMeter.SAMPLE_MS,
                mib(p.heap().poolPeakSum()),
                mib(p.heap().afterGcPeak()),
                mib(p.storeBytes()));
    }

    private static void summarize(String label, List<Phase> phases, PrintStream out) {
        out.printf(Locale.ROOT, "%s:%n", label);
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            out.printf(
                    Locale.ROOT,
                    "  run %d: %,8.0f studies/s  %7.1f s  heap peak %s sampled, %s pool peaks, %s after GC  store %s  (%,d added, %,d updated, %,d unchanged, %,d rejected)%n",
                    i + 1,
                    p.rate(),
                    p.summary().elapsed().toMillis() / 1000.0,
                    mib(p.heap().sampledPeak()),
                    mib(p.heap().poolPeakSum()),
                    mib(p.heap().afterGcPeak()),
                    mib(p.storeBytes()),
                    p.summary().added(),
                    p.summary().updated(),
                    p.summary().unchanged(),
                    p.summary().rejected());
        }
        out.printf(
                Locale.ROOT,
                "  median: %,8.0f studies/s  %7.1f s  heap peak %s sampled (max of runs %s), %s pool peaks (max %s)  store %s%n",
                median(phases, Phase::rate),
                median(phases, p -> p.summary().elapsed().toMillis() / 1000.0),
                mib((long) median(phases, p -> p.heap().sampledPeak())),
                mib((long) max(phases, p -> p.heap().sampledPeak())),
                mib((long) median(phases, p -> p.heap().poolPeakSum())),
                mib((long) max(phases, p -> p.heap().poolPeakSum())),
                mib((long) median(phases, Phase::storeBytes)));
    }

    private void project(List<Phase> fresh, List<Phase> again, PrintStream out) {
        double rate = median(fresh, Phase::rate);
        double scale = (double) PROJECTED_STUDIES / studies;
        out.printf(Locale.ROOT, "projection for %,d studies (linear in the study count):%n", PROJECTED_STUDIES);
        out.printf(Locale.ROOT, "  fresh ingest: %.1f min at %,.0f studies/s%n", PROJECTED_STUDIES / rate / 60, rate);
        if (!again.isEmpty()) {
            double r2 = median(again, Phase::rate);
            out.printf(
                    Locale.ROOT,
                    "  re-ingest (all unchanged): %.1f min at %,.0f studies/s%n",
                    PROJECTED_STUDIES / r2 / 60,
                    r2);
        }
        out.printf(Locale.ROOT, "  store on disk: %s%n", mib((long) (median(fresh, Phase::storeBytes) * scale)));
        out.printf(
                Locale.ROOT,
                "  heap: measured peak %s at %,d studies (the pipeline streams; what grows with the study count is "
                        + "the writer's id -> (date, hash) map and Lucene's doc-values/terms, so run --studies %d to check the 2 GiB cap)%n",
                mib((long) max(fresh, p -> p.heap().sampledPeak())),
                studies,
                PROJECTED_STUDIES);
    }

    /** Issue 10, point 2: the goals beside the medians of the runs. */
    private void goals(List<Phase> fresh, List<Phase> again, PrintStream out) {
        double rate = median(fresh, Phase::rate);
        double seconds = median(fresh, p -> p.summary().elapsed().toMillis() / 1000.0);
        long peak = (long) max(fresh, p -> p.heap().sampledPeak());
        String at = studies == PROJECTED_STUDIES
                ? ""
                : String.format(
                        Locale.ROOT, " (measured at %,d studies; the goals are at %,d)", studies, PROJECTED_STUDIES);
        out.printf(Locale.ROOT, "%ngoals of issue 10 (median of %d runs)%s:%n", fresh.size(), at);
        LoadBenchmark.goal(
                out,
                String.format(Locale.ROOT, "%,d studies ingested in ≤ 5 min", PROJECTED_STUDIES),
                (studies == PROJECTED_STUDIES ? seconds : PROJECTED_STUDIES / rate) <= GOAL_SECONDS,
                studies == PROJECTED_STUDIES
                        ? String.format(Locale.ROOT, "%.1f s", seconds)
                        : String.format(Locale.ROOT, "%.1f s projected", PROJECTED_STUDIES / rate));
        LoadBenchmark.goal(
                out,
                String.format(Locale.ROOT, "≥ %,.0f studies/s", GOAL_RATE),
                rate >= GOAL_RATE,
                String.format(Locale.ROOT, "%,.0f studies/s", rate));
        LoadBenchmark.goal(
                out,
                "peak heap ≤ 2 GiB",
                peak <= GOAL_HEAP_BYTES && Runtime.getRuntime().maxMemory() <= GOAL_HEAP_BYTES,
                String.format(
                        Locale.ROOT,
                        "%s sampled (max of runs) under -Xmx %s, so the ingest fits the cap",
                        mib(peak),
                        mib(Runtime.getRuntime().maxMemory())));
        if (!again.isEmpty()) {
            double r2 = median(again, Phase::rate);
            LoadBenchmark.goal(
                    out,
                    String.format(Locale.ROOT, "re-ingest, all unchanged, ≥ %,.0f studies/s", GOAL_REINGEST_RATE),
                    r2 >= GOAL_REINGEST_RATE,
                    String.format(Locale.ROOT, "%,.0f studies/s", r2));
        }
    }

    private static double median(List<Phase> phases, ToDoubleFunction<Phase> f) {
        double[] v = phases.stream().mapToDouble(f).sorted().toArray();
        if (v.length == 0) {
            return 0;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double max(List<Phase> phases, ToDoubleFunction<Phase> f) {
        return phases.stream().mapToDouble(f).max().orElse(0);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MiB", bytes / (1024.0 * 1024.0));
    }

    static long directorySize(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0; // a file Lucene just deleted
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
