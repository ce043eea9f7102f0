package org.trialfinder.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trialfinder.eligibility.bench.LabelledSetBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench/run criteria}: the criteria parser against the labelled set (precision, recall, mismatches). */
@Command(
        name = "criteria",
        mixinStandardHelpOptions = true,
        description =
                "Parses every item of the labelled set and compares it with its label: items, trials, share parsed "
                        + "computable, precision and recall of computable items, per domain, and every mismatch.")
public final class CriteriaBenchmark implements Callable<Integer> {

    @Option(
            names = "--labels",
            defaultValue = "eligibility/labelled/criteria.jsonl",
            description = "The labelled set, JSON Lines (default ${DEFAULT-VALUE}).")
    Path labels;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(labels)) {
            System.err.println("no labelled set at " + labels.toAbsolutePath());
            return 1;
        }
        LabelledSetBenchmark.print(LabelledSetBenchmark.run(labels), System.out);
        return 0;
    }
}
