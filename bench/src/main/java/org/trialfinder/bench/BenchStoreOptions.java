package org.trialfinder.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --store} and {@code --cache} of the benchmarks that run a server over the shared benchmark
 * store ({@code bench/run load} and {@code bench/run pages}).
 */
public final class BenchStoreOptions {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "The store (default: <root>/bench/target/load-store-n<N>, shared by bench/run load and "
                    + "pages; reused when it holds N studies).")
    Path store;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Folder of generated corpora (default: <root>/bench/target/corpus).")
    Path cache;

    /** The store to serve, absolute. */
    Path store(ProjectRoot root, long studies) {
        return (store != null ? store : root.benchStore(studies)).toAbsolutePath();
    }

    /** Where generated corpora are kept between runs. */
    Path corpusCache(ProjectRoot root) {
        return cache != null ? cache : root.path().resolve("bench/target/corpus");
    }
}
