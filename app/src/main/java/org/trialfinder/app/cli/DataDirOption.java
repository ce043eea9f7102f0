package org.trialfinder.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option every command shares: the store's folder. Default: the
 * {@code TRIALFINDER_DATA} environment variable, else {@code trialfinder-data} in the working directory.
 */
public final class DataDirOption {
    public static final String ENV = "TRIALFINDER_DATA";
    public static final String DEFAULT_DIR = "trialfinder-data";

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Folder of the store (default: $TRIALFINDER_DATA, else ./" + DEFAULT_DIR + ").")
    Path data;

    public Path resolve() {
        if (data != null) {
            return data.toAbsolutePath();
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return Path.of(DEFAULT_DIR).toAbsolutePath();
    }
}
