package org.trialfinder.store.lucene;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;
import org.trialfinder.store.StoreMetadata;

/**
 * Keeps the newest commit and every commit younger than {@link #KEEP}, so a client paging through
 * results with a page token keeps reading the data version its first page came from, even while an
 * ingest or sync commits newer data: each match is returned exactly once.
 */
final class KeepRecentCommitsPolicy extends IndexDeletionPolicy {
    static final Duration KEEP = Duration.ofHours(1);

    @Override
    public void onInit(List<? extends IndexCommit> commits) {
        onCommit(commits);
    }

    @Override
    public void onCommit(List<? extends IndexCommit> commits) {
        Instant cutoff = Instant.now().minus(KEEP);
        for (int i = 0; i < commits.size() - 1; i++) { // the last one is the newest: always kept
            IndexCommit c = commits.get(i);
            if (committedAt(c).isBefore(cutoff)) {
                c.delete();
            }
        }
    }

    private static Instant committedAt(IndexCommit c) {
        try {
            String stamp = c.getUserData().get(StoreMetadata.DATA_TIMESTAMP);
            return stamp == null ? Instant.EPOCH : Instant.parse(stamp);
        } catch (IOException | DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
