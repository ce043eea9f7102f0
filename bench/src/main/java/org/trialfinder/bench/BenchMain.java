package org.trialfinder.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of trialfinder-bench.jar: {@code ingest} (the ingest benchmark), {@code load} (the server under load),
 * {@code generate} (a corpus), {@code criteria} (the labelled-set benchmark of the criteria parser), {@code trec}
 * (ranking on TREC judgments) and {@code prescreen} (one patient against every recruiting trial of a generated corpus).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Trialfinder benchmarks.",
        subcommands = {IngestBenchmark.class, LoadBenchmark.class, CorpusGenerator.GenerateCommand.class,
                CriteriaBenchmark.class, org.trialfinder.bench.trec.TrecBenchmark.class,
                org.trialfinder.bench.prescreen.PrescreenBenchmark.class})
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which: ingest, load, generate, criteria, trec or prescreen");
    }
}
