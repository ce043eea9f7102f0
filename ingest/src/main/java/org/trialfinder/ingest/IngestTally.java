package org.trialfinder.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.trialfinder.store.UpsertOutcome;

/** Thread-safe counters filled while an ingest runs; {@link #summary} freezes them. */
final class IngestTally {
    static final int MAX_LISTED_REJECTIONS = 1000;

    final LongAdder added = new LongAdder();
    final LongAdder updated = new LongAdder();
    final LongAdder unchanged = new LongAdder();
    final LongAdder keptNewer = new LongAdder();
    final LongAdder superseded = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder sitesGeocoded = new LongAdder();
    final LongAdder sitesUnmatched = new LongAdder();
    private final List<Rejection> rejections = new ArrayList<>();

    void count(UpsertOutcome outcome) {
        switch (outcome) {
            case ADDED -> added.increment();
            case UPDATED -> updated.increment();
            case UNCHANGED -> unchanged.increment();
            case KEPT_NEWER -> keptNewer.increment();
            case SUPERSEDED -> superseded.increment();
        }
    }

    void reject(Rejection rejection) {
        rejected.increment();
        synchronized (rejections) {
            if (rejections.size() < MAX_LISTED_REJECTIONS) {
                rejections.add(rejection);
            }
        }
    }

    long processed() {
        return added.sum() + updated.sum() + unchanged.sum() + keptNewer.sum() + superseded.sum() + rejected.sum();
    }

    IngestSummary summary(Duration elapsed) {
        List<Rejection> listed;
        synchronized (rejections) {
            listed = List.copyOf(rejections);
        }
        return new IngestSummary(
                added.sum(),
                updated.sum(),
                unchanged.sum(),
                keptNewer.sum(),
                superseded.sum(),
                rejected.sum(),
                listed,
                sitesGeocoded.sum(),
                sitesUnmatched.sum(),
                elapsed);
    }
}
