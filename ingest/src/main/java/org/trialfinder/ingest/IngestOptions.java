package org.trialfinder.ingest;

import java.io.PrintStream;

/**
 * How an ingest runs: worker threads (parsing, converting and geocoding are CPU-bound, so one per
 * core), how progress is shown, and where messages go.
 */
public record IngestOptions(int workers, ProgressMode progress, PrintStream log) {
    public enum ProgressMode {
        /** A progress bar on a terminal, plain log lines otherwise. */
        AUTO,
        BAR,
        LOG,
        NONE
    }

    public IngestOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
    }

    public static IngestOptions defaults(PrintStream log) {
        return new IngestOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), ProgressMode.AUTO, log);
    }

    public static IngestOptions quiet() {
        return new IngestOptions(
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                ProgressMode.NONE,
                new PrintStream(PrintStream.nullOutputStream()));
    }
}
