package org.trialfinder.app.ops;

/**
 * The limits {@code serve} keeps under abuse: expensive requests a minute per client (0: no limit), heavy answers
 * built at once, and how long a heavy request waits for its turn before a 503.
 */
public record ServeLimits(int expensivePerMinute, int heavySlots, long heavyWaitMillis) {
    /** Per client: 60 expensive requests a minute, a whole minute's worth at once. */
    public static final int DEFAULT_EXPENSIVE_PER_MINUTE = 60;
    /** A heavy request waits this long for a slot: longer than a page of 1,000 records takes to write. */
    public static final long DEFAULT_HEAVY_WAIT_MILLIS = 10_000;

    public ServeLimits {
        if (expensivePerMinute < 0) {
            throw new IllegalArgumentException("expensive requests a minute must be 0 (off) or more");
        }
        if (heavySlots <= 0) {
            throw new IllegalArgumentException("heavy slots must be positive");
        }
    }

    /** What {@code serve} uses unless told otherwise. */
    public static ServeLimits defaults() {
        return new ServeLimits(
                DEFAULT_EXPENSIVE_PER_MINUTE,
                HeavyAnswerSlots.defaultSlots(Runtime.getRuntime().maxMemory()),
                DEFAULT_HEAVY_WAIT_MILLIS);
    }

    /** No per-client limit (tests and benchmarks send many requests from one address); the heap is still guarded. */
    public static ServeLimits noClientLimit() {
        return defaults().withExpensivePerMinute(0);
    }

    public ServeLimits withExpensivePerMinute(int perMinute) {
        return new ServeLimits(perMinute, heavySlots, heavyWaitMillis);
    }

    public ServeLimits withHeavySlots(int slots) {
        return new ServeLimits(expensivePerMinute, slots, heavyWaitMillis);
    }
}
