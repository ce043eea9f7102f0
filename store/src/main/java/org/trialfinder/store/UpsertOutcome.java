package org.trialfinder.store;

/** What {@link StoreWriter#upsert} did with one incoming study. */
public enum UpsertOutcome {
    /** The NCT id was new to the store. */
    ADDED,
    /** The incoming record replaced the stored one (its last update date was newer or equal and its content differed). */
    UPDATED,
    /** The incoming record is identical to the stored one. */
    UNCHANGED,
    /**
     * The stored record has a later last update date (or the same date in a richer form, see
     * {@link SourceForm}); the incoming one was not stored.
     */
    KEPT_NEWER,
    /** The incoming id is an alias of a stored study; the current study was kept. */
    SUPERSEDED
}
