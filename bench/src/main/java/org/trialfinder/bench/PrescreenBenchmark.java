package org.trialfinder.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.trialfinder.eligibility.patient.PatientProfile;
import org.trialfinder.eligibility.patient.PatientProfileReader;
import org.trialfinder.eligibility.screen.CompiledTrial;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.ScreeningResult;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.vocab.OverallStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run prescreen}: generates a corpus from the real records (in memory), compiles every
 * recruiting trial's eligibility once (timed), then screens one patient against all of them R times and
 * prints the time of each run and the median, with the verdict counts.
 */
@Command(name = "prescreen", mixinStandardHelpOptions = true,
        description = "Pre-screens one patient against every recruiting trial of a generated corpus: compile time, "
                + "then R timed runs of screening all compiled trials.")
public final class PrescreenBenchmark implements Callable<Integer> {

    @Option(names = "--studies", defaultValue = "100000", description = "Corpus size (default ${DEFAULT-VALUE}).")
    long studies;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "" + CorpusGenerator.DEFAULT_SEED, description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--all-statuses", description = "Screen every generated trial, not only the recruiting ones.")
    boolean allStatuses;

    static final String PATIENT = "{\"age\":58,\"sex\":\"female\",\"pregnant\":false,\"lactating\":false,"
            + "\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":1},\"lifeExpectancyMonths\":12,"
            + "\"labs\":[{\"name\":\"ANC\",\"value\":1500,\"unit\":\"/uL\"},{\"name\":\"PLT\",\"value\":180,\"unit\":\"10^9/L\"},"
            + "{\"name\":\"hemoglobin\",\"value\":11.2,\"unit\":\"g/dL\"},{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":40},"
            + "{\"name\":\"AST\",\"value\":28,\"unit\":\"U/L\",\"uln\":40},{\"name\":\"TBIL\",\"value\":0.8,\"unit\":\"mg/dL\"},"
            + "{\"name\":\"creatinine\",\"value\":0.9,\"unit\":\"mg/dL\"}],"
            + "\"conditions\":[\"recurrent rectal cancer\"],\"metastases\":[\"liver\"],"
            + "\"treatments\":[{\"name\":\"oxaliplatin\",\"date\":\"2025-03-01\"}]}";

    @Override
    public Integer call() {
        CorpusGenerator generator = CorpusGenerator.fromSample();
        TrialCompiler compiler = new TrialCompiler();
        List<CompiledTrial> trials = new ArrayList<>();
        long[] generated = {0};
        long start = System.nanoTime();
        generator.generate(studies, seed, g -> {
            generated[0]++;
            Study study = StudyJson.parse(g.json());
            if (allStatuses || study.overallStatus() == OverallStatus.RECRUITING) {
                trials.add(compiler.compile(study));
            }
        });
        double compileSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "corpus: %d generated studies, %d %s trials compiled in %.1f s (generation and JSON reading included; %.0f trials/s)%n",
                generated[0], trials.size(), allStatuses ? "" : "recruiting", compileSeconds, trials.size() / compileSeconds);

        PatientProfile patient = new PatientProfileReader().read(PATIENT).profile();
        Prescreener prescreener = new Prescreener(compiler, Clock.systemDefaultZone());
        prescreener.screenAll(patient, trials); // warm-up
        double[] ms = new double[runs];
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            List<ScreeningResult> results = prescreener.screenAll(patient, trials);
            ms[r] = (System.nanoTime() - t0) / 1e6;
            if (r == 0) {
                for (ScreeningResult s : results) {
                    counts.merge(s.verdict(), 1, Integer::sum);
                }
            }
            System.out.printf(Locale.ROOT, "run %d: %d trials screened in %.0f ms%n", r + 1, results.size(), ms[r]);
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "median: %.0f ms for %d trials (%.1f µs per trial)%n", sorted[runs / 2], trials.size(),
                sorted[runs / 2] * 1000 / Math.max(1, trials.size()));
        counts.forEach((v, n) -> System.out.printf(Locale.ROOT, "  %s: %d%n", v.words(), n));
        return 0;
    }
}
