package org.trialfinder.store;

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
}
