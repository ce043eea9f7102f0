package org.trialfinder.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.app.engine.StoreLocation;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Stores ClinicalTrials.gov studies from files, directories and archives, as one transaction.",
            "Reads: a study JSON; an API page {\"studies\":[…]}; a JSON array; JSON Lines (.jsonl);",
            "legacy XML (<clinical_study>); directories of these; zips (the bulk json.zip, AllPublicXML.zip);",
            "any of them gzip-compressed (.gz).",
            "A study replaces the stored one only when its lastUpdatePostDate is newer or equal.",
            "Ends with a summary: added, updated, unchanged, rejected (with reasons)."
        })
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Mixin
    EngineOptions engine;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--no-progress", description = "Print plain progress lines even on a terminal.")
    boolean noProgress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or archives to read.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        StoreLocation location = engine.location(dataDir);
        try (Trialfinder app = Trialfinder.open(location, out)) {
            IngestOptions defaults = IngestOptions.defaults(out);
            IngestOptions options = new IngestOptions(
                    threads == null ? defaults.workers() : threads,
                    noProgress ? IngestOptions.ProgressMode.LOG : IngestOptions.ProgressMode.AUTO,
                    out);
            out.println("ingest: into " + location.describe());
            IngestSummary summary = app.ingester(options).ingestPaths(paths);
            summary.print(out, "ingest");
            out.printf("store now holds %,d studies%n", app.store().count());
            return summary.anyRejected() ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
        }
    }
}
