package org.trialfinder.bench.prescreen;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.trialfinder.bench.CorpusGenerator;
import org.trialfinder.bench.FreshServerMatch;
import org.trialfinder.bench.ProjectRoot;
import org.trialfinder.bench.ServerJvm;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.eligibility.screen.CompiledTrial;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.ScreeningResult;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.model.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Screening speed: one realistic patient pre-screened against every recruiting trial of a generated
 * corpus. The trials are compiled once (criteria split and parsed: timed apart, as the app does it once
 * per record version); then full passes of {@link Prescreener#screenAll} are timed after warm-up.
 */
@Command(
        name = "prescreen",
        mixinStandardHelpOptions = true,
        description =
                "Pre-screens one patient (the issue's example profile) against every recruiting trial of an N-study "
                        + "generated corpus: compile time, time per full pass (median of R after warm-up), per trial, verdict counts.")
public final class PrescreenBenchmark implements Callable<Integer> {
    @Mixin
    ProjectRoot root;

    @Mixin
    ServerJvm server;

    @Option(
            names = "--match-path",
            defaultValue = "/api/v2/match?limit=100",
            description = "With a store: the request timed on a freshly started server, POSTed the patient "
                    + "(default ${DEFAULT-VALUE}).")
    String matchPath;

    @Option(names = "--no-server", description = "Skip the freshly-started-server measurement.")
    boolean noServer;

    /** The example profile: a 58-year-old woman with recurrent rectal cancer and liver metastases. */
    static final String PATIENT = """
            {"age":58,"sex":"female","pregnant":false,"performanceStatus":{"scale":"ECOG","value":1},
             "labs":[{"name":"ANC","value":1500,"unit":"/uL"},{"name":"ALT","value":30,"unit":"U/L","uln":40}],
             "conditions":["recurrent rectal cancer"],"metastases":["liver"],
             "treatments":[{"name":"oxaliplatin","date":"2025-03-01"}]}
            """;

    static final double TARGET_SECONDS = 1.0;

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

    @Option(names = "--runs", defaultValue = "7", description = "Timed passes (default ${DEFAULT-VALUE}; at least 5).")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed passes first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description =
                    "A store to read the corpus from (default: <root>/bench/target/load-store-n<N> when present, else generated in memory).")
    Path store;

    private static void goal(PrintStream out, String goal, boolean met, String measured) {
        out.printf(Locale.ROOT, "  %-4s  %s — measured: %s%n", met ? "PASS" : "MISS", goal, measured);
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 5) {
            System.err.println("--runs must be at least 5");
            return 2;
        }
        PrintStream out = System.out;
        PatientProfile patient = new PatientProfileReader(Clock.systemDefaultZone())
                .read(PATIENT)
                .profile();
        out.printf(
                Locale.ROOT,
                "JVM %s, %d cores, max heap %,d MiB%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("patient: " + PATIENT.replaceAll("\\s+", " ").strip());

        Path storeRoot = store != null ? store : root.benchStore(studies);
        if (RecruitingTrials.isStore(storeRoot)) {
            // first what a server does: the forms compiled at ingest, the first pass cold
            StoredFormPasses.fromStore(storeRoot, patient, runs, out);
        }
        List<CompiledTrial> compiled = new ArrayList<>();
        long[] compileNanos = {0};
        // CPU time too: on a shared machine the wall clock says more about the neighbours than the compiler
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] compileCpuNanos = {0};
        long t0 = System.nanoTime();
        RecruitingTrials.Counts counts;
        Consumer<Study> compile = study -> {
            long c0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            compiled.add(TrialCompiler.compileUncached(study));
            compileCpuNanos[0] += threads.getCurrentThreadCpuTime() - cpu0;
            compileNanos[0] += System.nanoTime() - c0;
        };
        if (RecruitingTrials.isStore(storeRoot)) {
            out.printf(
                    Locale.ROOT,
                    "reading the corpus from the store %s …%n",
                    storeRoot.toAbsolutePath().normalize());
            counts = RecruitingTrials.fromStore(storeRoot, compile);
        } else {
            out.printf(
                    Locale.ROOT, "generating %,d studies (seed %d) from the real sample in memory …%n", studies, seed);
            counts = RecruitingTrials.generated(studies, seed, compile);
        }
        double readSeconds = (System.nanoTime() - t0 - compileNanos[0]) / 1e9;
        long criteria = compiled.stream().mapToLong(c -> c.criteria().size()).sum();
        out.printf(
                Locale.ROOT,
                "corpus: %,d studies, %,d recruiting (read/generated and parsed as records in %.1f s)%n",
                counts.studies(),
                counts.recruiting(),
                readSeconds);
        out.printf(
                Locale.ROOT,
                "compiled once: %,d trials, %,d criteria in %.2f s (%.0f µs per trial; CPU %.0f µs per trial)%n",
                compiled.size(),
                criteria,
                compileNanos[0] / 1e9,
                compiled.isEmpty() ? 0.0 : compileNanos[0] / 1e3 / compiled.size(),
                compiled.isEmpty() ? 0.0 : compileCpuNanos[0] / 1e3 / compiled.size());
        if (compiled.isEmpty()) {
            System.err.println("no recruiting trials to screen");
            return 1;
        }

        if (!RecruitingTrials.isStore(storeRoot)) {
            StoredFormPasses.inMemory(compiled, patient, runs, out);
        }
        Prescreener prescreener = new Prescreener();
        long f0 = System.nanoTime();
        prescreener.screenAll(patient, compiled);
        double firstPass = (System.nanoTime() - f0) / 1e9;
        double cold = compileNanos[0] / 1e9 + firstPass;
        for (int i = 0; i < warmup; i++) {
            prescreener.screenAll(patient, compiled);
        }
        double[] seconds = new double[runs];
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (int r = 0; r < runs; r++) {
            long p0 = System.nanoTime();
            List<ScreeningResult> results = prescreener.screenAll(patient, compiled);
            seconds[r] = (System.nanoTime() - p0) / 1e9;
            if (r == 0) {
                results.forEach(x -> verdicts.merge(x.verdict(), 1, Integer::sum));
            }
            out.printf(Locale.ROOT, "  pass %d: %.3f s%n", r + 1, seconds[r]);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        out.printf(
                Locale.ROOT,
                "%none patient against %,d recruiting trials: median %.3f s per full pass (min %.3f, max %.3f; %d runs after %d warm-up), "
                        + "%.1f µs per trial — target <= %.1f s: %s%n",
                compiled.size(),
                median,
                sorted[0],
                sorted[sorted.length - 1],
                runs,
                warmup,
                median * 1e6 / compiled.size(),
                TARGET_SECONDS,
                median <= TARGET_SECONDS ? "PASS" : "MISS");
        out.printf(
                Locale.ROOT,
                "verdicts: %,d eligible, %,d possibly eligible, %,d not eligible%n",
                verdicts.getOrDefault(Verdict.ELIGIBLE, 0),
                verdicts.getOrDefault(Verdict.POSSIBLY_ELIGIBLE, 0),
                verdicts.getOrDefault(Verdict.NOT_ELIGIBLE, 0));
        out.printf(
                Locale.ROOT,
                "cold in this JVM: compiling all %,d trials %.2f s + the first pass (JIT cold) %.3f s = %.2f s%n",
                compiled.size(),
                compileNanos[0] / 1e9,
                firstPass,
                cold);

        FreshServerMatch.Timing served = null;
        if (!noServer && RecruitingTrials.isStore(storeRoot)) {
            out.printf(
                    Locale.ROOT,
                    "%nas a user meets it: POST %s on a freshly started server over %s%n",
                    matchPath,
                    storeRoot);
            compiled.clear(); // the server gets the memory
            served = FreshServerMatch.measure(root, server, storeRoot, studies, matchPath, PATIENT, runs, out);
            out.printf(
                    Locale.ROOT,
                    "  first request (cold server): %.3f s, HTTP %d; then %d warm: median %.3f s (HTTP %d)%n",
                    served.firstSeconds(),
                    served.firstStatus(),
                    runs,
                    served.warmMedian(),
                    served.warmStatus());
            out.printf(Locale.ROOT, "  answer: %s …%n", served.snippet());
        }

        out.printf(Locale.ROOT, "%ngoals of issue 10, point 7 (one patient against all recruiting trials):%n");
        goal(
                out,
                "warm full pass ≤ 1 s",
                median <= TARGET_SECONDS,
                String.format(Locale.ROOT, "median %.3f s", median));
        goal(
                out,
                "cold, compiling every trial first, ≤ 1 s",
                cold <= TARGET_SECONDS,
                String.format(Locale.ROOT, "%.2f s (in-process: every trial compiled, nothing cached)", cold));
        if (served != null) {
            goal(
                    out,
                    "first request on a freshly started server ≤ 1 s",
                    served.firstStatus() == 200 && served.firstSeconds() <= TARGET_SECONDS,
                    String.format(
                            Locale.ROOT,
                            "%.3f s, HTTP %d (POST %s; it screens what that endpoint screens)",
                            served.firstSeconds(),
                            served.firstStatus(),
                            matchPath));
        }
        return 0;
    }
}
