package org.trialfinder.ingest.sync;

import java.time.Duration;
import org.trialfinder.ingest.IngestSummary;

/**
 * Where a sync says how it ended, for monitoring: the server's {@code /metrics} counts successes and failures, the
 * studies each wrote and when the last one succeeded. Whatever runs syncs (the {@code sync} command, a background
 * sync inside {@code serve}) calls exactly one of these per attempt, after it committed or gave up.
 */
public interface SyncMetrics {
    /** A sync that does not report anywhere. */
    SyncMetrics NONE = new SyncMetrics() {
        @Override
        public void syncSucceeded(Duration took, IngestSummary summary) {}

        @Override
        public void syncFailed(Duration took, Throwable cause) {}
    };

    /** The sync committed; {@code summary} says what it added, updated and rejected. */
    void syncSucceeded(Duration took, IngestSummary summary);

    /** The sync gave up (nothing it read was committed); it will be tried again later. */
    void syncFailed(Duration took, Throwable cause);
}
