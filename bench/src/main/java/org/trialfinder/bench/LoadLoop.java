package org.trialfinder.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * When each request of a timed run is due, and the worker loop that sends them. Closed loop: a request is due when
 * its worker is free. Open loop: request k is due at {@code start + k / rate} whatever the server does, and its
 * latency is counted from then, not from when a free worker sent it, so a server that stalls shows the queue it
 * causes (no coordinated omission). Requests due before the end are still sent after it (up to a drain limit), so
 * a stall near the end is measured too; what the drain limit cuts off is reported as never sent.
 */
final class LoadLoop {
    private final long start;
    private final long end;
    private final long drainEnd;
    private final double interval;
    private final long maxRequests;
    private final AtomicLong slots = new AtomicLong();
    private final AtomicLong started = new AtomicLong();

    /** Sends one request: returns the HTTP status (-1 for no answer) and records nothing itself. */
    interface Exchange {
        Outcome send(QueryMix.Query q) throws InterruptedException;
    }

    /** What one request got: its status, body (null without one) and, for no answer, why. */
    record Outcome(int status, byte[] body, String failure) {}

    /** Waits until a {@code System.nanoTime()}-like instant. */
    interface Sleeper {
        void sleepUntil(long nanos);
    }

    private LoadLoop(long start, long end, long drainEnd, double interval, long maxRequests) {
        this.start = start;
        this.end = end;
        this.drainEnd = drainEnd;
        this.interval = interval;
        this.maxRequests = maxRequests;
    }

    static LoadLoop closed(long start, long end, long maxRequests) {
        return new LoadLoop(start, end, end, 0, maxRequests);
    }

    static LoadLoop open(long start, long end, double ratePerSecond, long drainNanos, long maxRequests) {
        return new LoadLoop(start, end, end + drainNanos, 1e9 / ratePerSecond, maxRequests);
    }

    boolean isOpen() {
        return interval > 0;
    }

    /** Requests due in the run (open loop; 0 for a closed loop). */
    long due() {
        return isOpen() ? (long) Math.ceil((end - start) / interval) : 0;
    }

    /** Requests actually sent. */
    long sent() {
        return Math.min(started.get(), maxRequests);
    }

    /**
     * One worker's loop: claims the next due request, waits for its time, sends it, records latency from the due
     * time and service time from the actual send. Returns when the run (and its drain) is over.
     */
    void work(
            QueryMix mix,
            AtomicLong nextQuery,
            LongSupplier clock,
            Sleeper sleeper,
            Exchange exchange,
            LoadBenchmark.Recorder rec)
            throws InterruptedException {
        while (true) {
            long now = clock.getAsLong();
            long due;
            if (!isOpen()) {
                if (now >= end) {
                    return;
                }
                due = now;
            } else {
                due = start + (long) (slots.getAndIncrement() * interval);
                if (due >= end || now >= drainEnd) {
                    return; // past the end: what was due and not sent is reported as unsent
                }
                if (due > now) {
                    sleeper.sleepUntil(due);
                }
            }
            if (started.incrementAndGet() > maxRequests) {
                return;
            }
            QueryMix.Query q = mix.query(nextQuery.getAndIncrement());
            long t0 = clock.getAsLong();
            if (!isOpen()) {
                due = t0;
            }
            Outcome o = exchange.send(q);
            long t1 = clock.getAsLong();
            rec.record(q, due, t1 - due, t1 - t0, t0 - due, o.status(), o.body(), o.failure());
        }
    }
}
