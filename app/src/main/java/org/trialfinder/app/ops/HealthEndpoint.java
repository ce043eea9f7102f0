package org.trialfinder.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.trialfinder.store.StudyStore;

/**
 * {@code GET /health} for load balancers and monitoring: 200 with the store's size and data age and the
 * background sync's last result and next attempt; 503 when the store cannot be read.
 */
public final class HealthEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StudyStore store;
    private final SyncStatusBoard sync;
    private final Clock clock;

    public HealthEndpoint(StudyStore store, SyncStatusBoard sync) {
        this(store, sync, Clock.systemUTC());
    }

    HealthEndpoint(StudyStore store, SyncStatusBoard sync, Clock clock) {
        this.store = store;
        this.sync = sync;
        this.clock = clock;
    }

    public void answer(Context ctx) {
        ObjectNode body = JSON.createObjectNode();
        int status;
        try {
            long studies = store.count();
            Optional<Instant> stamp = store.metadata().dataTimestamp();
            body.put("status", "ok");
            body.put("studies", studies);
            body.put("dataTimestamp", stamp.map(Instant::toString).orElse(null));
            body.put(
                    "dataAgeSeconds",
                    stamp.map(t -> Duration.between(t, clock.instant()).toSeconds())
                            .orElse(null));
            status = 200;
        } catch (RuntimeException e) {
            body.put("status", "unavailable");
            body.put("error", "the store cannot be read: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            status = 503;
        }
        body.set("sync", syncNode(sync.current()));
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .result(body.toString());
    }

    /** A stored time; one that does not parse is no reason to call the server unavailable. */
    private static ObjectNode syncNode(SyncStatus s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("configured", s.configured());
        if (!s.configured()) {
            return n;
        }
        n.put("url", s.url().orElse(null));
        n.put("every", s.every().map(Durations::format).orElse(null));
        n.put("running", s.running());
        n.put("lastSuccessAt", s.lastSuccessAt().map(Instant::toString).orElse(null));
        n.put("consecutiveFailures", s.consecutiveFailures());
        n.put("nextDueAt", s.nextDueAt().map(Instant::toString).orElse(null));
        if (s.last().isEmpty()) {
            n.putNull("last");
        } else {
            SyncStatus.Attempt a = s.last().get();
            ObjectNode last = n.putObject("last");
            last.put("startedAt", a.startedAt().toString());
            last.put("finishedAt", a.finishedAt().toString());
            last.put("outcome", a.succeeded() ? "ok" : "failed");
            last.put("added", a.added());
            last.put("updated", a.updated());
            last.put("unchanged", a.unchanged());
            last.put("rejected", a.rejected());
            last.put("error", a.error().orElse(null));
        }
        return n;
    }
}
