package org.trialfinder.ingest.sync;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how politely to sync. ClinicalTrials.gov asks clients to stay near one request per
 * second; {@code minInterval} enforces that between request starts. Retries back off exponentially
 * from {@code initialBackoff} (or follow the server's Retry-After) on 429, 5xx and network errors.
 */
public record SyncOptions(
        URI baseUrl,
        Duration minInterval,
        int maxAttempts,
        Duration initialBackoff,
        Duration requestTimeout,
        int pageSize) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://clinicaltrials.gov/api/v2");

    public SyncOptions {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be 1..1000 (the API's limit)");
        }
        String s = baseUrl.toString();
        if (s.endsWith("/")) {
            baseUrl = URI.create(s.substring(0, s.length() - 1));
        }
    }

    public static SyncOptions defaults(URI baseUrl) {
        return new SyncOptions(baseUrl, Duration.ofSeconds(1), 6, Duration.ofSeconds(2), Duration.ofSeconds(60), 1000);
    }
}
