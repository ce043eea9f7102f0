package org.trialfinder.app.ops;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.sync.StudySync;
import org.trialfinder.ingest.sync.SyncMetrics;
import org.trialfinder.ingest.sync.SyncOptions;
import org.trialfinder.ingest.sync.SyncStop;
import org.trialfinder.ingest.sync.SyncStoppedException;
import org.trialfinder.store.StoreMetadata;

/**
 * Keeps a serving store current: one thread that runs {@link StudySync} every {@code every}, one sync at a
 * time, each sync one commit (readers see all of it or none of it). A failed sync is logged and tried again
 * after a backoff (1 minute, doubling with each failure in a row, never longer than {@code every}), so a
 * broken upstream is never hammered in a loop. The thread has the lowest priority and ingests with one
 * worker, so the request threads keep the other cores; requests never wait for it (they read the last
 * commit). {@link #close} stops a sync under way before its commit and waits for it to end.
 */
public final class BackgroundSync implements AutoCloseable {
    /** The first retry after a failed sync; doubles with each further failure, up to the period. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Trialfinder app;
    private final SyncOptions options;
    private final Duration every;
    private final PrintStream log;
    private final SyncMetrics metrics;
    private final SyncStatusBoard board;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final SyncStop stop = new SyncStop();
    private final Thread thread;
    private boolean closed;

    private BackgroundSync(Trialfinder app, SyncOptions options, Duration every, PrintStream log, SyncMetrics metrics) {
        this.app = app;
        this.options = options;
        this.every = every;
        this.log = log;
        this.metrics = metrics;
        this.board = app.syncStatus();
        this.thread = Thread.ofPlatform()
                .name("background-sync")
                .daemon(true)
                .priority(Thread.MIN_PRIORITY)
                .unstarted(this::loop);
    }

    /**
     * Starts syncing {@code app}'s store from {@code options.baseUrl()} every {@code every}; the first sync
     * is due {@code every} after the last one recorded in the store (at once when there is none).
     */
    public static BackgroundSync start(Trialfinder app, SyncOptions options, Duration every, PrintStream log) {
        return start(app, options, every, log, SyncMetrics.NONE);
    }

    /** As {@link #start(Trialfinder, SyncOptions, Duration, PrintStream)}, reporting each attempt to {@code metrics}. */
    public static BackgroundSync start(
            Trialfinder app, SyncOptions options, Duration every, PrintStream log, SyncMetrics metrics) {
        BackgroundSync sync = new BackgroundSync(app, options, every, log, metrics);
        Optional<Instant> lastSync = lastSync(app);
        Instant firstDue = lastSync.map(last -> last.plus(every))
                .filter(due -> due.isAfter(sync.clock.instant()))
                .orElse(sync.clock.instant());
        sync.board.update(s -> new SyncStatus(
                true,
                Optional.of(options.baseUrl().toString()),
                Optional.of(every),
                false,
                Optional.empty(),
                lastSync,
                0,
                Optional.of(firstDue)));
        log.println("sync: syncing in the background from " + options.baseUrl() + " every " + Durations.format(every)
                + "; next sync " + when(firstDue, sync.clock));
        sync.thread.start();
        return sync;
    }

    /** When the store's last sync ran (by any process), if it records one. */
    private static Optional<Instant> lastSync(Trialfinder app) {
        try {
            return app.store().metadata().get(StoreMetadata.LAST_SYNC_AT).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // unreadable: sync now, which records a good one
        }
    }

    private void loop() {
        try {
            while (awaitDue()) {
                runOnce();
            }
        } catch (SyncStoppedException e) {
            // closing
        } catch (Error e) {
            // out of memory or a broken installation: say so where operators look, instead of a sync that
            // shows as running for ever
            board.update(s -> withRunning(s, false));
            log.println("sync: background sync ended by an internal error (" + e
                    + "); the server goes on serving its last data, restart it to sync again");
        }
    }

    /** Waits until the next sync is due; false when closed first. */
    private boolean awaitDue() {
        lock.lock();
        try {
            while (!closed) {
                Instant due = board.current().nextDueAt().orElseThrow();
                long waitMs = Duration.between(clock.instant(), due).toMillis();
                if (waitMs <= 0) {
                    return true;
                }
                wake.await(waitMs, TimeUnit.MILLISECONDS);
            }
            return false;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void runOnce() {
        Instant started = clock.instant();
        board.update(s -> withRunning(s, true));
        StudySync sync = new StudySync(
                app.store(), app.ingester(new IngestOptions(1, IngestOptions.ProgressMode.NONE, log)), options, log);
        try {
            IngestSummary summary = sync.sync(Optional.empty(), stop);
            Instant finished = clock.instant();
            metrics.syncSucceeded(Duration.between(started, finished), summary);
            Instant next = finished.plus(every);
            board.update(s -> new SyncStatus(
                    true,
                    s.url(),
                    s.every(),
                    false,
                    Optional.of(new SyncStatus.Attempt(
                            started,
                            finished,
                            true,
                            summary.added(),
                            summary.updated(),
                            summary.unchanged(),
                            summary.rejected(),
                            Optional.empty())),
                    Optional.of(finished),
                    0,
                    Optional.of(next)));
            log.printf(
                    Locale.ROOT,
                    "sync: done in %.1f s: %,d added, %,d updated, %,d unchanged, %,d rejected; the store holds %,d"
                            + " studies; next sync %s%n",
                    seconds(started, finished),
                    summary.added(),
                    summary.updated(),
                    summary.unchanged(),
                    summary.rejected(),
                    app.store().count(),
                    when(next, clock));
            summary.rejections().forEach(r -> log.println("sync: rejected " + r));
            if (summary.rejected() > summary.rejections().size()) {
                log.printf(
                        Locale.ROOT,
                        "sync: … and %,d more rejected records%n",
                        summary.rejected() - summary.rejections().size());
            }
        } catch (SyncStoppedException e) {
            board.update(s -> withRunning(s, false));
            log.println("sync: stopped for shutdown; nothing of the unfinished sync was stored");
            throw e;
        } catch (RuntimeException e) {
            if (stop.requested()) { // the store closing under a stopped sync
                board.update(s -> withRunning(s, false));
                log.println("sync: stopped for shutdown; nothing of the unfinished sync was stored");
                throw new SyncStoppedException();
            }
            Instant finished = clock.instant();
            metrics.syncFailed(Duration.between(started, finished), e);
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int failures = board.current().consecutiveFailures() + 1;
            Duration retry = retryAfter(failures, every);
            Instant next = finished.plus(retry);
            board.update(s -> new SyncStatus(
                    true,
                    s.url(),
                    s.every(),
                    false,
                    Optional.of(new SyncStatus.Attempt(started, finished, false, 0, 0, 0, 0, Optional.of(error))),
                    s.lastSuccessAt(),
                    failures,
                    Optional.of(next)));
            log.printf(
                    Locale.ROOT,
                    "sync: failed after %.1f s (%d in a row): %s; the store keeps its previous state; next attempt"
                            + " in %s (%s)%n",
                    seconds(started, finished),
                    failures,
                    error,
                    Durations.format(retry),
                    next.truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** 1 minute after the first failure, doubling with each further one, never longer than the period. */
    static Duration retryAfter(int failures, Duration every) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(every) < 0 ? wait : every;
    }

    private static SyncStatus withRunning(SyncStatus s, boolean running) {
        return new SyncStatus(
                s.configured(),
                s.url(),
                s.every(),
                running,
                s.last(),
                s.lastSuccessAt(),
                s.consecutiveFailures(),
                s.nextDueAt());
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static String when(Instant due, Clock clock) {
        Duration in = Duration.between(clock.instant(), due);
        return in.toSeconds() <= 0
                ? "now"
                : "in " + Durations.format(in.truncatedTo(ChronoUnit.SECONDS)) + " ("
                        + due.truncatedTo(ChronoUnit.SECONDS) + ")";
    }

    /** Stops a sync under way (nothing of it is committed) and waits for it to end, at most 30 s. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        stop.request();
        try {
            thread.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
