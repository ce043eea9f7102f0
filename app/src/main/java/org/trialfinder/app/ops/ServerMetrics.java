package org.trialfinder.app.ops;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.sync.SyncMetrics;
import org.trialfinder.store.StudyStore;

/**
 * What {@code /metrics} shows, in Prometheus' text format through Micrometer: every request by route template
 * (never the raw path, so the number of series stays bounded whatever URLs clients send), method and status class,
 * as a latency histogram; the store's size and data age; sync outcomes; and the JVM (memory, GC, threads, classes,
 * CPU, open files) from Micrometer's own binders.
 */
public final class ServerMetrics implements SyncMetrics, AutoCloseable {
    /** Latency histogram bounds: from a cached trial page (~1 ms) to the 2 s a request must never exceed, and beyond. */
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(1),
        Duration.ofMillis(2),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30)
    };

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");
    /** The route tag of a request no route matched (a 404, a 405): its path is the client's, so it is not a tag. */
    public static final String UNMATCHED = "unmatched";

    public static final String STATIC = "/static/*";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final JvmHeapPressureMetrics heapPressure = new JvmHeapPressureMetrics();
    private final AtomicLong lastSyncSuccessEpochSeconds = new AtomicLong();

    public ServerMetrics(StudyStore store) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        heapPressure.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        Gauge.builder("trialfinder.store.studies", store, StudyStore::count)
                .description("Studies readers see (the last committed state)")
                .register(registry);
        Gauge.builder(
                        "trialfinder.data.age",
                        store,
                        s -> s.metadata()
                                .dataTimestamp()
                                .map(t -> (System.currentTimeMillis() - t.toEpochMilli()) / 1000.0)
                                .orElse(Double.NaN))
                .description("Seconds since the stored data last changed (data.timestamp of the store; NaN if never)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("trialfinder.sync.last.success", lastSyncSuccessEpochSeconds, AtomicLong::doubleValue)
                .description("When the last sync succeeded, in Unix seconds (0: none since the server started)")
                .baseUnit("seconds")
                .register(registry);
        // both outcomes exist from the start, so a rate over them is defined before the first sync
        syncCounter("success");
        syncCounter("failure");
    }

    /** Records one answered request (Javalin's request logger calls this after the handlers, streaming included). */
    public void record(Context ctx, float executionMillis) {
        Timer.builder("http.server.requests")
                .description("Requests answered, by route template, method and status class")
                .tags(Tags.of("route", route(ctx), "method", method(ctx.method().name()), "status", statusClass(ctx)))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record((long) (executionMillis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    /** The route template that answered (e.g. {@code /api/v2/studies/{nctId}}), never the raw path. */
    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/static/") ? STATIC : UNMATCHED;
    }

    private static String method(String method) {
        return METHODS.contains(method) ? method : "OTHER";
    }

    private static String statusClass(Context ctx) {
        int status = ctx.statusCode();
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }

    @Override
    public void syncSucceeded(Duration took, IngestSummary summary) {
        syncCounter("success").increment();
        syncTimer("success").record(took);
        Counter.builder("trialfinder.sync.studies")
                .description("Studies written by syncs (added or updated)")
                .register(registry)
                .increment(summary.added() + summary.updated());
        Counter.builder("trialfinder.sync.rejected")
                .description("Records syncs rejected")
                .register(registry)
                .increment(summary.rejected());
        lastSyncSuccessEpochSeconds.set(Instant.now().getEpochSecond());
    }

    @Override
    public void syncFailed(Duration took, Throwable cause) {
        syncCounter("failure").increment();
        syncTimer("failure").record(took);
    }

    private Counter syncCounter(String outcome) {
        return Counter.builder("trialfinder.sync")
                .description("Sync attempts by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private Timer syncTimer(String outcome) {
        return Timer.builder("trialfinder.sync.duration")
                .description("How long syncs took, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** The exposition in Prometheus' text format 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    /** The content type of {@link #scrape()}. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    @Override
    public void close() {
        gc.close();
        heapPressure.close();
        registry.close();
    }
}
