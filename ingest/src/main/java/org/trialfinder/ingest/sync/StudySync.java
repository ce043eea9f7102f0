package org.trialfinder.ingest.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.Ingester;
import org.trialfinder.ingest.source.SourceItem;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StudyStore;

/**
 * Brings a store up to date from a ClinicalTrials.gov API v2 server: every study whose
 * {@code LastUpdatePostDate} is on or after the last sync's date, fetched page by page with
 * {@code filter.advanced=AREA[LastUpdatePostDate]RANGE[date,MAX]} and page tokens, then upserted
 * in one transaction. The next sync starts from the day this one started (the range is inclusive,
 * so a study posted later that same day is not missed; ones seen twice come back unchanged).
 */
public final class StudySync {
    private final StudyStore store;
    private final Ingester ingester;
    private final SyncOptions options;
    private final PrintStream log;
    private final ObjectMapper mapper = StudyJson.mapper();

    private final PoliteHttpClient.Timing timing;

    public StudySync(StudyStore store, Ingester ingester, SyncOptions options, PrintStream log) {
        this(store, ingester, options, log, PoliteHttpClient.Timing.REAL);
    }

    StudySync(
            StudyStore store, Ingester ingester, SyncOptions options, PrintStream log, PoliteHttpClient.Timing timing) {
        this.timing = timing;
        this.store = store;
        this.ingester = ingester;
        this.options = options;
        this.log = log;
    }

    /** The date the next sync would start from: {@code since} if given, else the last sync's, else the newest stored update. */
    public Optional<LocalDate> startDate(Optional<LocalDate> since) {
        if (since.isPresent()) {
            return since;
        }
        Optional<LocalDate> last =
                store.metadata().get(StoreMetadata.LAST_SYNC_FROM).map(LocalDate::parse);
        return last.isPresent() ? last : store.latestUpdatePostDate();
    }

    public IngestSummary sync(Optional<LocalDate> since) {
        return sync(since, new SyncStop());
    }

    /**
     * As {@link #sync(Optional)}, ending early (with a {@link SyncStoppedException}, nothing committed) when
     * {@code stop} is requested before the commit.
     */
    public IngestSummary sync(Optional<LocalDate> since, SyncStop stop) {
        Optional<LocalDate> from = startDate(since);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        log.println(from.map(d -> "sync: studies updated on or after " + d + " from " + options.baseUrl())
                .orElse("sync: the store is empty and no --since date was given: fetching every study from "
                        + options.baseUrl() + " (about 600,000; this takes a while)"));
        PoliteHttpClient http = new PoliteHttpClient(options, log, timing, stop);
        AtomicLong bytes = new AtomicLong();
        Consumer<Consumer<SourceItem>> producer = sink -> {
            String token = null;
            int page = 0;
            do {
                stop.check();
                page++;
                URI uri = pageUri(from, token);
                byte[] body = http.get(uri);
                bytes.addAndGet(body.length);
                JsonNode json;
                try {
                    json = mapper.readTree(body);
                } catch (IOException e) {
                    throw new SyncException("page " + page + " from " + uri + " is not JSON: " + e.getMessage(), e);
                }
                JsonNode studies = json.path("studies");
                if (!studies.isArray()) {
                    throw new SyncException("page " + page + " from " + uri + " has no \"studies\" array");
                }
                for (int i = 0; i < studies.size(); i++) {
                    stop.check();
                    JsonNode s = studies.get(i);
                    String origin = "sync page " + page + "#studies[" + i + "]";
                    sink.accept(
                            s.isObject()
                                    ? new SourceItem.JsonTree(origin, s)
                                    : new SourceItem.Unreadable(origin, "expected a study object"));
                }
                JsonNode next = json.get("nextPageToken");
                token = next == null || next.isNull() || next.asText().isEmpty() ? null : next.asText();
            } while (token != null);
            stop.check();
        };
        IngestSummary summary = ingester.ingest(
                "sync",
                producer,
                bytes::get,
                0,
                Map.of(
                        StoreMetadata.LAST_SYNC_FROM, today.toString(),
                        StoreMetadata.LAST_SYNC_AT, Instant.now().toString(),
                        StoreMetadata.LAST_SYNC_URL, options.baseUrl().toString()));
        log.println("sync: " + http.requests() + " requests to " + options.baseUrl());
        return summary;
    }

    URI pageUri(Optional<LocalDate> from, String pageToken) {
        StringBuilder q = new StringBuilder(options.baseUrl().toString())
                .append("/studies?format=json&pageSize=")
                .append(options.pageSize());
        from.ifPresent(
                d -> q.append("&filter.advanced=").append(encode("AREA[LastUpdatePostDate]RANGE[" + d + ",MAX]")));
        if (pageToken != null) {
            q.append("&pageToken=").append(encode(pageToken));
        }
        return URI.create(q.toString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
