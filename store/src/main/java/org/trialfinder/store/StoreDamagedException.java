package org.trialfinder.store;

/**
 * The store's files are damaged (a file missing, truncated or failing its checksum): what a disk fault, a full disk
 * during a copy or a hand edit leaves. The message names the store and the damaged file; {@code trialfinder check}
 * tells more.
 */
public class StoreDamagedException extends StoreException {
    public StoreDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
