package org.trialfinder.bench.prescreen;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.screen.CompiledTrial;
import org.trialfinder.eligibility.screen.CompiledTrialCodec;
import org.trialfinder.eligibility.screen.PatientFacts;
import org.trialfinder.eligibility.screen.Prescreener;

/**
 * Passes over the compiled forms the store keeps (compiled at ingest): what a server does for a patient
 * without compiling anything. On a store, the first pass after opening it is the cold one (its doc values
 * not yet read by this process); in memory, the forms are encoded once (the cost ingest adds per trial) and
 * every pass decodes their checks again and screens them for a verdict, as the service does on each core.
 */
final class StoredFormPasses {
    private StoredFormPasses() {}

    /** Opens the store afresh and times {@code runs} passes of the service's scan; returns the first (cold). */
    static double fromStore(Path storeRoot, PatientProfile patient, int runs, PrintStream out) {
        double[] seconds = new double[runs];
        long n = 0;
        long opened = System.nanoTime();
        try (Trialfinder app = Trialfinder.open(storeRoot, out)) {
            double open = (System.nanoTime() - opened) / 1e9;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                n = app.eligibility().recruitingVerdicts(patient).size();
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            out.printf(Locale.ROOT, "stored compiled forms: store opened in %.2f s, %,d recruiting trials%n", open, n);
        }
        report("from the store's compiled forms (verdicts, every core)", seconds, n, out);
        return seconds[0];
    }

    /** Encodes every compiled trial once, then times passes that decode and screen each. */
    static void inMemory(List<CompiledTrial> compiled, PatientProfile patient, int runs, PrintStream out) {
        long e0 = System.nanoTime();
        List<byte[]> forms = new ArrayList<>(compiled.size());
        long bytes = 0;
        for (CompiledTrial t : compiled) {
            byte[] b = CompiledTrialCodec.encode(t);
            forms.add(b);
            bytes += b.length;
        }
        double encode = (System.nanoTime() - e0) / 1e9;
        out.printf(
                Locale.ROOT,
                "encoded once: %,d bytes (%,d per trial) in %.2f s (%.0f µs per trial)%n",
                bytes,
                bytes / compiled.size(),
                encode,
                encode * 1e6 / compiled.size());
        Prescreener prescreener = new Prescreener();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PatientFacts facts = prescreener.facts(patient);
            for (byte[] b : forms) {
                Prescreener.verdict(facts, CompiledTrialCodec.decodeChecks(b));
            }
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        }
        double[] sortedCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(sortedCpu);
        out.printf(
                Locale.ROOT,
                "  CPU per pass: first %.3f s, then median %.3f s (%.1f µs per trial)%n",
                cpu[0],
                sortedCpu[sortedCpu.length / 2],
                sortedCpu[sortedCpu.length / 2] * 1e6 / compiled.size());
        report("decoding the stored checks for a verdict (one core)", seconds, compiled.size(), out);
    }

    private static void report(String what, double[] seconds, long trials, PrintStream out) {
        double[] rest = Arrays.copyOfRange(seconds, 1, seconds.length);
        Arrays.sort(rest);
        double median = rest.length == 0 ? seconds[0] : rest[rest.length / 2];
        out.printf(
                Locale.ROOT,
                "one patient against %,d recruiting trials %s: first pass %.3f s (%.1f µs per trial), then median %.3f s "
                        + "(%.1f µs per trial) — target <= %.1f s: %s%n",
                trials,
                what,
                seconds[0],
                trials == 0 ? 0.0 : seconds[0] * 1e6 / trials,
                median,
                trials == 0 ? 0.0 : median * 1e6 / trials,
                PrescreenBenchmark.TARGET_SECONDS,
                seconds[0] <= PrescreenBenchmark.TARGET_SECONDS ? "met (cold)" : "NOT MET (cold)");
    }
}
