package org.trialfinder.app.ops;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the heavy answers (large pages of records, their CSV) being built at once, so that however many arrive
 * together the heap holds at most {@link #slots()} of them: a request waits up to {@code waitMillis} for a slot (fair:
 * first come, first served), then is turned away (the caller answers 503 with Retry-After).
 */
public final class HeavyAnswerSlots {
    private final int slots;
    private final long waitMillis;
    private final Semaphore semaphore;

    public HeavyAnswerSlots(int slots, long waitMillis) {
        if (slots <= 0) {
            throw new IllegalArgumentException("slots must be positive, not " + slots);
        }
        this.slots = slots;
        this.waitMillis = waitMillis;
        this.semaphore = new Semaphore(slots, true);
    }

    /**
     * The default number of slots for this JVM: one per 64 MiB of maximum heap (a page of 1,000 full records of the
     * real size is about 20 MB while it is read, and its answer is written as it goes), at least 1 and at most 16.
     */
    public static int defaultSlots(long maxHeapBytes) {
        return (int) Math.max(1, Math.min(16, maxHeapBytes / (64L << 20)));
    }

    public int slots() {
        return slots;
    }

    public long waitMillis() {
        return waitMillis;
    }

    /** Work to run in a slot. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    /**
     * Runs {@code work} in a slot and answers true, or answers false without running it when no slot came free in
     * time.
     */
    public <E extends Exception> boolean run(Work<E> work) throws E {
        boolean acquired;
        try {
            acquired = semaphore.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (!acquired) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            semaphore.release();
        }
    }

    /** Slots free now (for tests and logs). */
    public int available() {
        return semaphore.availablePermits();
    }
}
