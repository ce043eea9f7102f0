package org.trialfinder.app.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.app.engine.StoreLocation;
import org.trialfinder.app.ops.BackgroundSync;
import org.trialfinder.app.ops.ServerOps;
import org.trialfinder.app.ops.SyncScheduleOptions;
import org.trialfinder.app.seo.PublicUrl;
import org.trialfinder.app.server.WebServer;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.store.StudyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the web site and API over the store.",
            "On first start (an empty store) it loads the real ClinicalTrials.gov sample shipped with Trialfinder."
        })
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Mixin
    EngineOptions engine;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--no-sample", description = "Do not load the bundled sample into an empty store.")
    boolean noSample;

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            description = {
                "The site's address as people and search engines reach it, e.g. https://trials.example.org: canonical"
                        + " links, Open Graph URLs, the sitemaps, robots.txt and feeds are built from it.",
                "Default: $" + PublicUrl.ENV + ", else each request's own Host header and scheme"
                        + " (X-Forwarded-Proto honoured); set it when a proxy in front does not pass the Host on."
            })
    String publicUrl;

    @Mixin
    OpsOptions ops;

    @Option(
            names = "--check-on-startup",
            description = "Verify the checksum of every store file before serving (reads the whole store) and refuse"
                    + " to start on a damaged one.")
    boolean checkOnStartup;

    @Mixin
    SyncScheduleOptions sync;

    @Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535, not " + port);
        }
        PublicUrl site = PublicUrl.configured(publicUrl, System.getenv(PublicUrl.ENV));
        PrintStream out = System.out;
        StoreLocation location = engine.location(dataDir);
        if (checkOnStartup) {
            engine.requireEmbedded(
                    "--check-on-startup",
                    "OpenSearch checks its own shards; start without it (GET _cluster/health says the cluster's state)");
        }
        Trialfinder app = Trialfinder.open(location, out);
        try {
            StudyStore store = app.store();
            if (checkOnStartup) {
                store.verifyIntegrity();
            }
            Optional<SyncScheduleOptions.Plan> syncPlan = sync.plan(app);
            if (store.count() == 0 && !noSample) {
                out.println("serve: the store (" + location.describe() + ")"
                        + " is empty; loading the bundled ClinicalTrials.gov sample");
                IngestSummary summary = app.loadSample(IngestOptions.defaults(out));
                summary.print(out, "sample");
            }
            ServerOps serverOps = ops.build(store, location.localFiles());
            WebServer server = WebServer.start(app, host, port, site, serverOps, limitOptions.limits());
            Optional<BackgroundSync> background = sync.start(syncPlan, app, out, serverOps.metrics());

            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                background.ifPresent(BackgroundSync::close);
                                server.close();
                                app.close();
                            },
                            "trialfinder-shutdown"));
            String shownHost = "0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host;
            out.printf(
                    "Trialfinder is running at http://%s:%d/ with %,d studies (store: %s). Press Ctrl+C to stop.%n",
                    shownHost, server.port(), store.count(), location.describe());
            PrescreenWarmUp.start(app, out);
            return TrialfinderCommand.KEEP_RUNNING;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }
}
