package org.trialfinder.ingest.sync;

/** A sync ended early because it was asked to stop ({@link SyncStop}); nothing of it was committed. */
public final class SyncStoppedException extends SyncException {
    public SyncStoppedException() {
        super("the sync was stopped before it finished; nothing of it was stored");
    }
}
