package org.trialfinder.bench;

import picocli.CommandLine.Option;

/**
 * {@code --runs} of the benchmarks that repeat their measurement three times by default (ingest,
 * load, pages); the command's description says what one run is. (The pre-screening benchmark keeps
 * its own: seven passes by default, at least five.)
 */
public final class TimedRuns {
    @Option(
            names = "--runs",
            defaultValue = "3",
            description = "Timed runs, each as described above (default ${DEFAULT-VALUE}).")
    int runs;

    int count() {
        return runs;
    }
}
