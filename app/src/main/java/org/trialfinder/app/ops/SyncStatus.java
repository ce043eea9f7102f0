package org.trialfinder.app.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the background sync of a running server has done and will do next, as {@code /health} reports it.
 * One immutable snapshot; {@link SyncStatusBoard} holds the current one.
 *
 * @param configured whether this server syncs at all (false: the other fields are empty)
 * @param url the API v2 base URL it syncs from
 * @param every the period between syncs
 * @param running whether a sync is under way now
 * @param last the last finished attempt
 * @param lastSuccessAt when the last successful sync finished
 * @param consecutiveFailures failed attempts since the last success
 * @param nextDueAt when the next attempt starts
 */
public record SyncStatus(
        boolean configured,
        Optional<String> url,
        Optional<Duration> every,
        boolean running,
        Optional<Attempt> last,
        Optional<Instant> lastSuccessAt,
        int consecutiveFailures,
        Optional<Instant> nextDueAt) {

    /** One finished sync attempt; counts are those of the ingest summary (zero when it failed). */
    public record Attempt(
            Instant startedAt,
            Instant finishedAt,
            boolean succeeded,
            long added,
            long updated,
            long unchanged,
            long rejected,
            Optional<String> error) {}

    public static SyncStatus notConfigured() {
        return new SyncStatus(
                false,
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty());
    }
}
