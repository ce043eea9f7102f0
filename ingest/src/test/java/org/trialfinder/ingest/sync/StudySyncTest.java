package org.trialfinder.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.Ingester;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.lucene.LuceneStudyStore;

/** Sync against a local server serving recorded ClinicalTrials.gov API pages (no internet). */
class StudySyncTest {
    static final List<String> PAGE_1_IDS = List.of("NCT00258583", "NCT04676594", "NCT06011811");
    static final List<String> PAGE_2_IDS = List.of("NCT06924710", "NCT07113470");

    @TempDir
    Path tmp;

    LuceneStudyStore store;
    RecordedApiServer api;
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void setUp() throws IOException {
        store = LuceneStudyStore.open(tmp.resolve("store"), MeshThesaurus.loadDefault());
        api = new RecordedApiServer()
                .page(null, "/sync/page-1.json")
                .page("ZVNj7o2Elu8o3lpoUuOmtbxLnqJsqIs7", "/sync/page-2.json");
    }

    @AfterEach
    void tearDown() {
        api.close();
        store.close();
    }

    private StudySync sync(Duration interval, int attempts) {
        SyncOptions options =
                new SyncOptions(api.baseUrl(), interval, attempts, Duration.ofMillis(20), Duration.ofSeconds(10), 1000);
        return new StudySync(store, new Ingester(store, Gazetteer.loadDefault(), IngestOptions.quiet()), options, log);
    }

    @Test
    void pullsEveryPageWithTheDateFilterAndPageTokens() {
        IngestSummary summary = sync(Duration.ZERO, 3).sync(Optional.of(LocalDate.parse("2025-06-01")));
        assertThat(summary.added()).isEqualTo(5);
        assertThat(store.count()).isEqualTo(5);
        PAGE_1_IDS.forEach(id -> assertThat(store.get(id)).isPresent());
        PAGE_2_IDS.forEach(id -> assertThat(store.get(id)).isPresent());

        var requests = api.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).query())
                .containsEntry("filter.advanced", "AREA[LastUpdatePostDate]RANGE[2025-06-01,MAX]")
                .containsEntry("format", "json")
                .containsEntry("pageSize", "1000")
                .doesNotContainKey("pageToken");
        assertThat(requests.get(1).query()).containsEntry("pageToken", "ZVNj7o2Elu8o3lpoUuOmtbxLnqJsqIs7");
        assertThat(store.metadata().get(StoreMetadata.LAST_SYNC_FROM))
                .hasValue(LocalDate.now(ZoneOffset.UTC).toString());
        // where a server over this store keeps syncing from
        assertThat(store.metadata().get(StoreMetadata.LAST_SYNC_URL))
                .hasValue(api.baseUrl().toString());
    }

    @Test
    void aStopRequestedBeforeTheCommitEndsTheSyncWithNothingStored() {
        SyncStop stop = new SyncStop();
        stop.request();
        assertThatThrownBy(() -> sync(Duration.ZERO, 3).sync(Optional.of(LocalDate.parse("2025-06-01")), stop))
                .isInstanceOf(SyncStoppedException.class)
                .hasMessageContaining("nothing of it was stored");
        assertThat(store.count()).isZero();
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void theNextSyncStartsWhereTheLastOneDidAndFindsNothingNew() {
        sync(Duration.ZERO, 3).sync(Optional.of(LocalDate.parse("2025-06-01")));
        IngestSummary second = sync(Duration.ZERO, 3).sync(Optional.empty());
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(second.added() + second.updated()).isZero();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(api.requests().get(2).query())
                .containsEntry("filter.advanced", "AREA[LastUpdatePostDate]RANGE[" + today + ",MAX]");
    }

    @Test
    void aFirstSyncWithoutADateStartsFromTheNewestStoredUpdate() throws IOException {
        assertThat(sync(Duration.ZERO, 3).startDate(Optional.empty())).isEmpty(); // empty store: fetch everything
        // a store filled by ingest (no sync yet) resumes from its newest lastUpdatePostDate
        Path page = tmp.resolve("page.json");
        try (var in = StudySyncTest.class.getResourceAsStream("/sync/page-1.json")) {
            Files.write(page, in.readAllBytes());
        }
        new Ingester(store, Gazetteer.loadDefault(), IngestOptions.quiet()).ingestPaths(List.of(page));
        assertThat(sync(Duration.ZERO, 3).startDate(Optional.empty())).hasValue(LocalDate.parse("2025-11-10"));
        assertThat(sync(Duration.ZERO, 3).startDate(Optional.of(LocalDate.parse("2020-01-01"))))
                .hasValue(LocalDate.parse("2020-01-01"));
    }

    @Test
    void retriesOn429And5xxWithBackoffThenSucceeds() {
        api.failNext(429, "0", "Too Many Requests").failNext(503, null, "Service Unavailable");
        IngestSummary summary = sync(Duration.ZERO, 4).sync(Optional.of(LocalDate.parse("2025-06-01")));
        assertThat(summary.added()).isEqualTo(5);
        assertThat(api.requests()).hasSize(4);
        assertThat(logBytes.toString(StandardCharsets.UTF_8))
                .contains("HTTP 429")
                .contains("HTTP 503")
                .contains("retrying");
    }

    @Test
    void givesUpAfterTheLastAttemptAndStoresNothingOfThatSync() {
        sync(Duration.ZERO, 3).sync(Optional.of(LocalDate.parse("2025-06-01")));
        long before = store.count();
        String mark = store.metadata().get(StoreMetadata.LAST_SYNC_AT).orElseThrow();
        api.failNext(500, null, "boom").failNext(502, null, "boom").failNext(503, null, "boom");
        assertThatThrownBy(() -> sync(Duration.ZERO, 3).sync(Optional.empty()))
                .isInstanceOf(SyncException.class)
                .hasMessageContaining("after 3 attempts")
                .hasMessageContaining("HTTP 503");
        assertThat(store.count()).isEqualTo(before);
        assertThat(store.metadata().get(StoreMetadata.LAST_SYNC_AT)).hasValue(mark);
    }

    @Test
    void aClientErrorIsNotRetriedAndSaysWhatTheServerSaid() {
        api.failNext(400, null, "filter.advanced is malformed");
        assertThatThrownBy(() -> sync(Duration.ZERO, 5).sync(Optional.of(LocalDate.parse("2025-06-01"))))
                .isInstanceOf(SyncException.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("filter.advanced is malformed");
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void keepsAtLeastTheMinimumIntervalBetweenRequests() {
        // Virtual time: the client's own clock and sleeps, so the check does not depend on machine speed.
        List<Long> sent = new ArrayList<>();
        long[] clock = {1_000_000_000L};
        PoliteHttpClient.Timing virtual = new PoliteHttpClient.Timing() {
            @Override
            public long nanoTime() {
                return clock[0];
            }

            @Override
            public void sleep(Duration d) {
                clock[0] += d.toNanos();
            }

            @Override
            public void requestSent(long nanos) {
                sent.add(nanos);
            }
        };
        api.failNext(503, null, "busy");
        SyncOptions options = new SyncOptions(
                api.baseUrl(), Duration.ofMillis(300), 3, Duration.ofMillis(20), Duration.ofSeconds(10), 1000);
        new StudySync(store, new Ingester(store, Gazetteer.loadDefault(), IngestOptions.quiet()), options, log, virtual)
                .sync(Optional.of(LocalDate.parse("2025-06-01")));
        assertThat(api.requests()).hasSize(3);
        assertThat(sent).hasSize(3);
        for (int i = 1; i < sent.size(); i++) {
            assertThat(sent.get(i) - sent.get(i - 1))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        }
    }
}
