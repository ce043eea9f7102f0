package org.trialfinder.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Facts committed atomically with the data, e.g. when the last sync ran and up to which date. */
public record StoreMetadata(Map<String, String> values) {
    public static final String LAST_SYNC_FROM = "sync.lastUpdatePostDateFrom";
    public static final String LAST_SYNC_AT = "sync.completedAt";
    /** The API v2 base URL the last sync came from: where {@code serve} keeps syncing from. */
    public static final String LAST_SYNC_URL = "sync.baseUrl";

    public static final String LAST_INGEST_AT = "ingest.completedAt";
    public static final String DATA_TIMESTAMP = "data.timestamp";

    public StoreMetadata {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * When the data last changed: the {@link #DATA_TIMESTAMP} of the last ingest or sync; empty for a store never
     * written, or when the stored value is not an ISO-8601 instant (a hand-edited or damaged commit), so that every
     * reader (the version endpoint, /health, /metrics) treats it the same way.
     */
    public Optional<Instant> dataTimestamp() {
        try {
            return get(DATA_TIMESTAMP).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
