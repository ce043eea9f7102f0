package org.trialfinder.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.store.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Brings a backup made by `trialfinder backup` back into the data folder, after checking every",
            "file of it (sizes, SHA-256, Lucene's CheckIndex): a damaged backup is refused and nothing is",
            "changed. Refuses to replace a store that holds data unless --force, and always while another",
            "process (ingest, sync, a serve that is syncing) writes it. Stop serve before restoring over its store."
        })
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Mixin
    EngineOptions engine;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "Folder written by `trialfinder backup`.")
    Path backup;

    @Option(names = "--force", description = "Replace the store even when it holds data.")
    boolean force;

    @Override
    public Integer call() {
        engine.requireEmbedded(
                "restore",
                "restore an OpenSearch store from the cluster's own snapshots (POST _snapshot/REPO/NAME/_restore)");
        PrintStream out = System.out;
        Path data = dataDir.resolve();
        out.println("restore: checking " + backup.toAbsolutePath() + " and restoring it into " + data);
        BackupSummary r = Trialfinder.restore(backup.toAbsolutePath(), data, force);
        out.printf(
                Locale.ROOT,
                "restore: done: %s holds %,d studies (commit %d of the backup, data of %s)%n",
                data,
                r.studies(),
                r.commit(),
                r.dataTimestamp().orElse("unknown"));
        return ExitCodes.OK;
    }
}
