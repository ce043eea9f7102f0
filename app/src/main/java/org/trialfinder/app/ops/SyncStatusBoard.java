package org.trialfinder.app.ops;

import java.util.function.UnaryOperator;

/** The current {@link SyncStatus}: written by the background sync, read by {@code /health}. */
public final class SyncStatusBoard {
    private volatile SyncStatus current = SyncStatus.notConfigured();

    public SyncStatus current() {
        return current;
    }

    synchronized void update(UnaryOperator<SyncStatus> change) {
        current = change.apply(current);
    }
}
