package org.trialfinder.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.store.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Copies the store's last commit into a new folder, checked, without stopping anything:",
            "a running serve, ingest or sync goes on, and the copy holds exactly the data of one commit",
            "(what readers saw at that moment). Bring it back with `trialfinder restore`."
        })
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Mixin
    EngineOptions engine;

    @Parameters(index = "0", paramLabel = "TARGET", description = "New (or empty) folder to write the backup to.")
    Path target;

    @Override
    public Integer call() {
        engine.requireEmbedded(
                "backup",
                "back up an OpenSearch store with the cluster's own snapshots (PUT _snapshot/REPO/NAME of the"
                        + " store's alias and its index)");
        PrintStream out = System.out;
        Path data = dataDir.resolve();
        out.println("backup: copying the last commit of the store in " + data + " to " + target.toAbsolutePath());
        BackupSummary b = Trialfinder.backup(data, target.toAbsolutePath());
        out.printf(
                Locale.ROOT,
                "backup: done: %s holds %,d studies (commit %d, data of %s; %d files, %.1f MB), checked with"
                        + " Lucene's CheckIndex%n",
                b.folder(),
                b.studies(),
                b.commit(),
                b.dataTimestamp().orElse("unknown"),
                b.files(),
                b.bytes() / 1e6);
        return ExitCodes.OK;
    }
}
