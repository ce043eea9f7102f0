package org.trialfinder.bench;

import org.trialfinder.bench.coverage.CriteriaCoverageBenchmark;
import org.trialfinder.bench.prescreen.PrescreenBenchmark;
import org.trialfinder.bench.trec.TrecBenchmark;
import org.trialfinder.store.lucene.LuceneLogs;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of trialfinder-bench.jar: {@code ingest} (the ingest benchmark), {@code load} (the server under load),
 * {@code pages} (server time and weight of the site's pages), {@code answers} (baseline vs current answers), {@code soak} (minutes of steady load with syncs), {@code generate} (a corpus), {@code criteria} (the
 * labelled-set benchmark of the criteria parser), {@code prescreen} (one patient against a generated corpus) and
 * {@code trec} (ranking on TREC judgments).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Trialfinder benchmarks.",
        subcommands = {
            IngestBenchmark.class,
            LoadBenchmark.class,
            PageBenchmark.class,
            AnswersBenchmark.class,
            SoakBenchmark.class,
            CorpusGenerator.GenerateCommand.class,
            CriteriaBenchmark.class,
            CriteriaCoverageBenchmark.class,
            PrescreenBenchmark.class,
            TrecBenchmark.class,
            FuzzBenchmark.class
        })
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LuceneLogs.quiet();
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "say which: ingest, load, pages, answers, soak, generate, criteria, prescreen or trec");
    }
}
