package org.trialfinder.app.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.Ingester;
import org.trialfinder.ingest.sync.StudySync;
import org.trialfinder.ingest.sync.SyncOptions;
import org.trialfinder.store.StudyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = {
            "Pulls the studies changed since the last sync from a ClinicalTrials.gov API v2 server",
            "(filter.advanced=AREA[LastUpdatePostDate]RANGE[date,MAX], page by page), politely:",
            "at most one request per --interval, retrying with backoff on 429 and 5xx answers.",
            "The first sync starts from the newest lastUpdatePostDate in the store."
        })
public final class SyncCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Mixin
    EngineOptions engine;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            defaultValue = "https://clinicaltrials.gov/api/v2",
            description = "API v2 base URL (default: ${DEFAULT-VALUE}).")
    URI baseUrl;

    @Option(
            names = "--since",
            paramLabel = "YYYY-MM-DD",
            description = "Fetch studies last updated on or after this date instead of since the last sync.")
    LocalDate since;

    @Option(
            names = "--interval",
            paramLabel = "SECONDS",
            defaultValue = "1",
            description = "Minimum seconds between two requests (default: ${DEFAULT-VALUE}).")
    double intervalSeconds;

    @Option(
            names = "--max-attempts",
            paramLabel = "N",
            defaultValue = "6",
            description = "Attempts per page before giving up (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (intervalSeconds < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("--interval must be ≥ 0 and --max-attempts ≥ 1");
        }
        SyncOptions defaults = SyncOptions.defaults(baseUrl);
        SyncOptions options = new SyncOptions(
                baseUrl,
                Duration.ofMillis((long) (intervalSeconds * 1000)),
                maxAttempts,
                defaults.initialBackoff(),
                defaults.requestTimeout(),
                defaults.pageSize());
        try (Trialfinder app = Trialfinder.open(engine.location(dataDir), out)) {
            StudyStore store = app.store();
            Ingester ingester = app.ingester(IngestOptions.defaults(out));
            IngestSummary summary = new StudySync(store, ingester, options, out).sync(Optional.ofNullable(since));
            summary.print(out, "sync");
            out.printf("store now holds %,d studies%n", store.count());
            return summary.anyRejected() ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
        }
    }
}
