package org.trialfinder.app.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.trialfinder.app.Trialfinder;
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

    @Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535, not " + port);
        }
        PrintStream out = System.out;
        Trialfinder app = Trialfinder.open(dataDir.resolve(), out);
        try {
            StudyStore store = app.store();
            if (store.count() == 0 && !noSample) {
                out.println("serve: the store in " + dataDir.resolve()
                        + " is empty; loading the bundled ClinicalTrials.gov sample");
                IngestSummary summary = app.loadSample(IngestOptions.defaults(out));
                summary.print(out, "sample");
            }
            WebServer server = WebServer.start(app, host, port, limitOptions.limits());
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                server.close();
                                app.close();
                            },
                            "trialfinder-shutdown"));
            String shownHost = "0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host;
            out.printf(
                    "Trialfinder is running at http://%s:%d/ with %,d studies (store: %s). Press Ctrl+C to stop.%n",
                    shownHost, server.port(), store.count(), dataDir.resolve());
            PrescreenWarmUp.start(app, out);
            return TrialfinderCommand.KEEP_RUNNING;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }
}
