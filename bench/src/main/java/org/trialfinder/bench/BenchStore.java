package org.trialfinder.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The benchmarks' store of N generated studies, ingested once with the real {@code trialfinder ingest}
 * (its own JVM, from the app jar) and kept: {@code bench/run load} and {@code bench/run pages} share it.
 */
final class BenchStore {
    private BenchStore() {}

    /**
     * Makes {@code data} a store of the {@code studies} generated studies of {@code seed}: kept when it already
     * holds that many, else rebuilt from the cached corpus in {@code corpusDir} (generated when missing).
     */
    static void prepare(
            Path java,
            List<String> jvm,
            Path appJar,
            Path data,
            Path corpusDir,
            long studies,
            long seed,
            PrintStream out)
            throws Exception {
        long have = -1;
        if (Files.isDirectory(data)) {
            out.printf(
                    Locale.ROOT,
                    "checking %s with trialfinder stats (opening a store written by an older build upgrades it: minutes) …%n",
                    data);
            long t0 = System.nanoTime();
            have = storeCount(java, jvm, appJar, data, studies);
            out.printf(
                    Locale.ROOT,
                    "  %s in %.1f s%n",
                    have < 0 ? "stats failed" : String.format(Locale.ROOT, "studies: %,d", have),
                    (System.nanoTime() - t0) / 1e9);
        }
        if (have == studies) {
            out.printf(Locale.ROOT, "reusing the store %s (%,d studies)%n", data, have);
            return;
        }
        if (have >= 0) {
            out.printf(Locale.ROOT, "the store %s holds %,d studies, not %,d: rebuilding it%n", data, have, studies);
        }
        IngestBenchmark.deleteTree(data);
        Path corpus = corpusDir.resolve("corpus-n" + studies + "-s" + seed + ".jsonl.gz");
        if (Files.isRegularFile(corpus)) {
            out.printf(
                    Locale.ROOT,
                    "reusing the cached corpus %s (%s)%n",
                    corpus,
                    IngestBenchmark.mib(Files.size(corpus)));
        } else {
            out.printf(Locale.ROOT, "generating %,d studies (seed %d) into %s …%n", studies, seed, corpus);
            CorpusGenerator gen = CorpusGenerator.fromSample();
            gen.report(gen.write(corpus, studies, seed), out);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of(
                "-jar", appJar.toString(), "ingest", "--data", data.toString(), "--no-progress", corpus.toString()));
        out.println("ingesting: " + String.join(" ", cmd));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int code;
        try {
            code = p.waitFor();
        } finally {
            p.destroyForcibly();
        }
        out.printf(Locale.ROOT, "ingest exited with %d after %.1f s%n", code, (System.nanoTime() - t0) / 1e9);
        if (code != 0 && code != 3) {
            throw new IOException("trialfinder ingest failed (exit " + code + ")");
        }
        long now = storeCount(java, jvm, appJar, data, studies);
        if (now != studies) {
            out.printf(Locale.ROOT, "WARNING: the store holds %,d studies after the ingest, not %,d%n", now, studies);
        }
    }

    /** The "studies: N" line of {@code trialfinder stats}; -1 when the command fails. */
    private static long storeCount(Path java, List<String> jvm, Path appJar, Path data, long studies) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", appJar.toString(), "stats", "--data", data.toString()));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start(); // stderr: JVM warnings
        String first = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            // JVM options such as -XX:StartFlightRecording print to stdout before the command does: look for the line
            for (String line = r.readLine(); line != null && first == null; line = r.readLine()) {
                first = line.startsWith("studies: ") ? line : null;
            }
            r.transferTo(Writer.nullWriter());
        }
        if (!p.waitFor(Timeouts.storeCommandSeconds(studies), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        if (p.exitValue() != 0 || first == null || !first.startsWith("studies: ")) {
            return -1;
        }
        return Long.parseLong(first.substring("studies: ".length()).trim());
    }
}
