package org.trialfinder.ingest.sync;

import java.util.concurrent.Callable;

/**
 * Asks a running sync to stop (a server shutting down). The sync thread is interrupted only while it
 * waits on the network or on a backoff, never while it writes the store: an interrupt there would close
 * the index files under the writer. Everywhere else the sync checks {@link #check()} between pages and
 * records, and a stopped sync ends before its commit, so the store keeps its last complete state.
 */
public final class SyncStop {
    private boolean requested;
    private Thread waiting;

    /** Stops the sync at its next check; wakes it if it is waiting on the network or a backoff. */
    public synchronized void request() {
        requested = true;
        if (waiting != null) {
            waiting.interrupt();
        }
    }

    public synchronized boolean requested() {
        return requested;
    }

    /** Throws {@link SyncStoppedException} once a stop was requested. */
    public void check() {
        if (requested()) {
            throw new SyncStoppedException();
        }
    }

    /**
     * Runs {@code wait} (an HTTP exchange or a sleep) so that {@link #request()} can interrupt it; the
     * interrupt never outlives it, so nothing later on this thread (the store's writing) sees one.
     */
    <T> T interruptibly(Callable<T> wait) throws Exception {
        synchronized (this) {
            check();
            waiting = Thread.currentThread();
        }
        try {
            return wait.call();
        } catch (InterruptedException e) {
            if (requested()) {
                throw new SyncStoppedException();
            }
            throw e;
        } finally {
            synchronized (this) {
                waiting = null;
                if (requested) {
                    Thread.interrupted(); // ours, delivered late: cleared here, reported by check()
                }
            }
        }
    }
}
