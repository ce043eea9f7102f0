package org.trialfinder.app.ops;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The limits of {@link ServeLimits} at the HTTP edge. Expensive requests (a patient matched against every recruiting
 * trial, a large page of full records or CSV, the whole store as a zip) are counted per client (remote address, not a
 * header a client can forge) and answered 429 with Retry-After when over the limit. Heavy answers (large pages) are
 * built a few at a time ({@link HeavyAnswerSlots}); one that waits too long is answered 503 with Retry-After.
 */
public final class RequestLimits {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLimits.class);
    /** A page larger than this is expensive (with full records or as CSV) and heavy. */
    public static final int LARGE_PAGE = 100;

    private final ServeLimits limits;
    private final Optional<ClientRateLimiter> perClient;
    private final HeavyAnswerSlots heavy;

    public RequestLimits(ServeLimits limits) {
        this.limits = limits;
        this.perClient = limits.expensivePerMinute() == 0
                ? Optional.empty()
                : Optional.of(new ClientRateLimiter(limits.expensivePerMinute(), System::nanoTime));
        this.heavy = new HeavyAnswerSlots(limits.heavySlots(), limits.heavyWaitMillis());
    }

    public ServeLimits limits() {
        return limits;
    }

    /** Before every handler: an expensive request over its client's limit is answered 429 and goes no further. */
    public void refuseOverLimit(Context ctx) {
        if (perClient.isEmpty() || !expensive(ctx.method().name(), ctx.path(), ctx.queryParamMap())) {
            return;
        }
        String client = ctx.req().getRemoteAddr();
        OptionalLong wait = perClient.get().acquire(client);
        if (wait.isPresent()) {
            LOG.info("429 for {}: over {} expensive requests a minute", client, limits.expensivePerMinute());
            ctx.status(429)
                    .header("Retry-After", Long.toString(wait.getAsLong()))
                    .header("Cache-Control", "no-store")
                    .contentType("text/plain; charset=utf-8")
                    .result("Too many expensive requests from your address: at most " + limits.expensivePerMinute()
                            + " a minute (matching a patient, pages of more than " + LARGE_PAGE
                            + " full records or CSV rows, the whole download). Try again in " + wait.getAsLong()
                            + " s, or ask for smaller pages.");
            ctx.skipRemainingHandlers();
        }
    }

    /** Runs {@code handler} for this request, in a heavy slot when the request is heavy; 503 when none came free. */
    public void inSlotIfHeavy(Context ctx, Handler handler) throws Exception {
        if (!heavy(ctx.path(), ctx.queryParamMap())) {
            handler.handle(ctx);
            return;
        }
        if (!heavy.run(() -> handler.handle(ctx))) {
            long retry = Math.max(1, (limits.heavyWaitMillis() + 999) / 1000);
            LOG.warn(
                    "503 for {}: {} heavy answers already being written",
                    ctx.req().getRemoteAddr(),
                    heavy.slots());
            ctx.status(503)
                    .header("Retry-After", Long.toString(retry))
                    .header("Cache-Control", "no-store")
                    .contentType("text/plain; charset=utf-8")
                    .result("Trialfinder is busy writing other large pages; try again in " + retry
                            + " s, or ask for smaller pages.");
        }
    }

    /** Whether a request is expensive: counted against its client's limit. */
    static boolean expensive(String method, String path, Map<String, List<String>> query) {
        if (method.equals("POST")) {
            return path.equals("/api/v2/match") || path.equals("/patient");
        }
        if (!method.equals("GET")) {
            return false;
        }
        if (path.equals("/api/v2/studies/download")) {
            return true;
        }
        if (!path.equals("/api/v2/studies") || pageSize(query) <= LARGE_PAGE) {
            return false;
        }
        return csv(query) || !query.containsKey("fields");
    }

    /** Whether a request is heavy: its answer is a large page, built in a slot. */
    static boolean heavy(String path, Map<String, List<String>> query) {
        return path.equals("/api/v2/studies") && pageSize(query) > LARGE_PAGE;
    }

    private static boolean csv(Map<String, List<String>> query) {
        List<String> f = query.get("format");
        return f != null && !f.isEmpty() && f.get(0).strip().equalsIgnoreCase("csv");
    }

    /** The page size as the API takes it (above 1000 is 1000; 0, absent or not a number: the default, 10). */
    static int pageSize(Map<String, List<String>> query) {
        List<String> v = query.get("pageSize");
        if (v == null || v.isEmpty()) {
            return 10;
        }
        try {
            long n = Long.parseLong(v.get(0).strip());
            return n <= 0 ? 10 : (int) Math.min(n, 1000);
        } catch (NumberFormatException e) {
            return 10;
        }
    }
}
