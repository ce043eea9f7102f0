package org.trialfinder.app.ops;

import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} expensive requests a minute from each client (a token bucket per remote address: a
 * full minute's allowance may come at once, then one more every 60/perMinute seconds). Answers how many seconds the
 * client should wait when it is over. The table of clients is bounded: when it grows past {@link #MAX_CLIENTS},
 * clients whose bucket has refilled (they have been quiet) are forgotten, as a full bucket is what a new one starts
 * with.
 */
public final class ClientRateLimiter {
    static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final long nanosPerToken;
    private final LongSupplier clock;
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    /** Tokens as nanoseconds of refill: a client holds {@code perMinute * nanosPerToken} at most. */
    private static final class Bucket {
        long emptyUntil;
    }

    public ClientRateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("perMinute must be positive, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanosPerToken = 60_000_000_000L / perMinute;
        this.clock = nanoClock;
    }

    public int perMinute() {
        return perMinute;
    }

    /** Takes one request's allowance; empty when allowed, else the whole seconds to wait before the next one. */
    public OptionalLong acquire(String client) {
        long now = clock.getAsLong();
        if (clients.size() > MAX_CLIENTS) {
            forgetQuiet(now);
        }
        Bucket b = clients.computeIfAbsent(client, c -> {
            Bucket fresh = new Bucket();
            fresh.emptyUntil = now - burstNanos();
            return fresh;
        });
        synchronized (b) {
            // never more than a full minute's allowance saved up
            long from = Math.max(b.emptyUntil, now - burstNanos());
            long after = from + nanosPerToken;
            if (after > now) {
                long waitNanos = after - now;
                return OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
            }
            b.emptyUntil = after;
            return OptionalLong.empty();
        }
    }

    private long burstNanos() {
        return nanosPerToken * perMinute;
    }

    private void forgetQuiet(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = clients.entrySet().iterator(); it.hasNext(); ) {
            Bucket b = it.next().getValue();
            synchronized (b) {
                if (b.emptyUntil <= now - burstNanos()) {
                    it.remove();
                }
            }
        }
    }

    int clientsKnown() {
        return clients.size();
    }
}
