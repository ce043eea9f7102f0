package org.trialfinder.store;

/** Another writer (often another Trialfinder process) holds the store's write lock. */
public class StoreLockedException extends StoreException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
