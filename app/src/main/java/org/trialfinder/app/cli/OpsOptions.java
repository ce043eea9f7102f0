package org.trialfinder.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.trialfinder.app.ops.ServerOps;
import org.trialfinder.store.StudyStore;
import picocli.CommandLine.Option;

/** The {@code serve} options for operators: where the access log goes and how long idle connections live. */
public final class OpsOptions {
    public static final String DEFAULT_ACCESS_LOG = "logs/access.log";

    @Option(
            names = "--access-log",
            paramLabel = "PATH|-|off",
            defaultValue = DEFAULT_ACCESS_LOG,
            description =
                    "Access log in the NCSA Combined Log Format: a file (relative to the data folder, or the working directory with --engine opensearch; default:"
                            + " ${DEFAULT-VALUE}; a name with yyyy_mm_dd rolls over daily), - for standard output, or off."
                            + " Request bodies are never logged, nor the query strings of the patient pages and endpoints.")
    String accessLog;

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "Seconds a connection may stay idle, or a client may leave an answer unread, before the"
                    + " server closes it and frees its thread (default: ${DEFAULT-VALUE}).")
    double idleTimeoutSeconds;

    ServerOps build(StudyStore store, Path dataDir) {
        if (!(idleTimeoutSeconds > 0) || idleTimeoutSeconds > 86_400) {
            throw new IllegalArgumentException(
                    "--idle-timeout must be between 0 and 86400 seconds, not " + idleTimeoutSeconds);
        }
        return ServerOps.of(
                store,
                ServerOps.AccessLogTarget.parse(accessLog, dataDir),
                Duration.ofMillis(Math.round(idleTimeoutSeconds * 1000)));
    }
}
