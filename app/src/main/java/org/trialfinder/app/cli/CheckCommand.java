package org.trialfinder.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the store's files: reads every one, verifies its checksum and decodes the index, and says which",
            "part is damaged. Changes nothing. Exit 0 when the store is sound, 1 when it is damaged or cannot be",
            "checked (e.g. an ingest is writing it). Works while serve runs; reads the whole store (minutes at 600,000)."
        })
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Mixin
    EngineOptions engine;

    @Option(names = "--quick", description = "Verify the files' checksums only (reads every byte once; no decoding).")
    boolean quick;

    @Override
    public Integer call() {
        engine.requireEmbedded(
                "check",
                "OpenSearch checks its own shards; see GET _cluster/health and GET _cat/shards for the store's index");
        PrintStream out = System.out;
        Path dir = dataDir.resolve();
        long t0 = System.nanoTime();
        StoreCheck check = Trialfinder.check(dir, quick);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (check.ok()) {
            out.printf(
                    Locale.ROOT,
                    "check: the store in %s is OK: %,d studies in %,d index segments (%.1f MiB); %s in %.1f s%n",
                    dir,
                    check.studies(),
                    check.parts(),
                    check.bytes() / 1048576.0,
                    quick
                            ? "every file's checksum verified"
                            : "every file's checksum verified and every segment decoded",
                    seconds);
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "check: the store in %s is DAMAGED:%n", dir);
        check.problems().forEach(p -> out.println("  - " + p));
        out.println("Restore a backup, or ingest the data again into an empty folder (the damaged store cannot be"
                + " repaired without losing the studies of the damaged parts).");
        return ExitCodes.FAILED;
    }
}
