package org.trialfinder.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --root}: the project folder the benchmarks read from and write under ({@code bench/run} sets it). */
public final class ProjectRoot {
    @Option(
            names = "--root",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The project folder, where the app jar, the benchmark store and ../shared are found "
                    + "(default: the current folder; bench/run sets it).")
    Path root;

    /** The project folder, absolute. */
    public Path path() {
        return root.toAbsolutePath().normalize();
    }

    /** The store of {@code studies} generated studies that bench/run load, pages and prescreen share. */
    public Path benchStore(long studies) {
        return path().resolve("bench/target/load-store-n" + studies);
    }
}
