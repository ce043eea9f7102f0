package org.trialfinder.app.ops;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.ingest.sync.SyncMetrics;
import org.trialfinder.ingest.sync.SyncOptions;
import org.trialfinder.store.StoreMetadata;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}'s options for keeping the store current by itself. Syncing is configured when a URL is
 * given ({@code --sync-url} or {@code TRIALFINDER_SYNC_URL}) or the data folder records an earlier sync
 * (from {@code trialfinder sync} or a server's background sync): then the server syncs from that URL every
 * {@code --sync-every}. A folder that was only ingested into (the bundled sample) never syncs by itself, so a
 * default {@code serve} touches no network.
 */
public final class SyncScheduleOptions {
    public static final String URL_ENV = "TRIALFINDER_SYNC_URL";
    static final Duration DEFAULT_EVERY = Duration.ofHours(24);

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--sync-url",
            paramLabel = "URL",
            description = {
                "ClinicalTrials.gov API v2 base URL to sync from in the background, e.g.",
                "https://clinicaltrials.gov/api/v2 (default: $" + URL_ENV + ", else the URL of the",
                "data folder's last sync, else none: no background sync)."
            })
    URI url;

    @Option(
            names = "--sync-every",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = {
                "Time between background syncs, e.g. 24h, 2m, 90s (default: 24h when syncing is",
                "configured: a --sync-url, $" + URL_ENV + " or an earlier sync of the data folder)."
            })
    Duration every;

    @Option(names = "--no-sync", description = "Do not sync in the background, whatever is configured.")
    boolean noSync;

    @Option(
            names = "--sync-max-attempts",
            paramLabel = "N",
            defaultValue = "6",
            description = "Attempts per page of a background sync before it fails (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(
            names = "--sync-request-interval",
            paramLabel = "SECONDS",
            defaultValue = "1",
            description = "Minimum seconds between two requests of a background sync (default: ${DEFAULT-VALUE}).")
    double requestIntervalSeconds;

    /**
     * Checks the options against the store (which may record an earlier sync's URL), before anything slow
     * happens: a wrong command line is a usage error at once. Empty when this server does not sync.
     */
    public Optional<Plan> plan(Trialfinder app) {
        if (maxAttempts < 1 || requestIntervalSeconds < 0) {
            throw new ParameterException(
                    command.commandLine(), "--sync-max-attempts must be ≥ 1 and --sync-request-interval ≥ 0");
        }
        if (every != null && every.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ParameterException(command.commandLine(), "--sync-every must be at least 1s");
        }
        if (noSync) {
            return Optional.empty();
        }
        Optional<URI> base;
        try {
            base = Optional.ofNullable(url)
                    .or(() -> Optional.ofNullable(System.getenv(URL_ENV))
                            .filter(s -> !s.isBlank())
                            .map(String::strip)
                            .map(URI::create))
                    .or(() -> app.store()
                            .metadata()
                            .get(StoreMetadata.LAST_SYNC_URL)
                            .map(URI::create));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), URL_ENV + " is not a URL: " + e.getMessage());
        }
        if (base.isEmpty()) {
            if (every != null) {
                throw new ParameterException(
                        command.commandLine(),
                        "--sync-every needs a URL to sync from: give --sync-url URL (or set " + URL_ENV
                                + "); this data folder records no earlier sync");
            }
            return Optional.empty();
        }
        URI b = base.get();
        if (!"http".equals(b.getScheme()) && !"https".equals(b.getScheme())) {
            throw new ParameterException(
                    command.commandLine(), "--sync-url must be an http or https URL, not \"" + b + "\"");
        }
        SyncOptions defaults = SyncOptions.defaults(b);
        return Optional.of(new Plan(
                new SyncOptions(
                        b,
                        Duration.ofMillis((long) (requestIntervalSeconds * 1000)),
                        maxAttempts,
                        defaults.initialBackoff(),
                        defaults.requestTimeout(),
                        defaults.pageSize()),
                every == null ? DEFAULT_EVERY : every));
    }

    /** Starts the background sync of {@code plan}, or says on {@code log} why there is none. */
    public Optional<BackgroundSync> start(Optional<Plan> plan, Trialfinder app, PrintStream log, SyncMetrics metrics) {
        if (plan.isEmpty()) {
            log.println(
                    noSync
                            ? "sync: background sync off (--no-sync)"
                            : "sync: no background sync (no --sync-url, no " + URL_ENV
                                    + ", and the data folder records no earlier sync)");
            return Optional.empty();
        }
        return Optional.of(
                BackgroundSync.start(app, plan.get().options(), plan.get().every(), log, metrics));
    }

    /** Where to sync from, how, and how often. */
    public record Plan(SyncOptions options, Duration every) {}

    /** Reads {@code --sync-every}; a bad value is a command-line error naming it. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Durations.parse(value);
        }
    }
}
