package org.trialfinder.ingest.sync;

/** A sync could not complete (the server kept failing, or answered with something unusable). */
public class SyncException extends RuntimeException {
    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }

    public SyncException(String message) {
        super(message);
    }
}
