package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.search.contract.ContractEngine.engine;
import static org.trialfinder.search.contract.TestStudies.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreLockedException;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.UpsertOutcome;

/**
 * What every store does, each test in a new place of its own (a folder, an index name). Where the engines differ
 * in how, not what: a second store opened on the same place sees a commit of the first within a bounded time
 * (the embedded store refreshes on its own, at most {@code REFRESH_INTERVAL_MS} later; OpenSearch moves an
 * alias, so at once): the test waits for it either way.
 */
public abstract class StudyStoreContract {
    private ContractEngine.StorePlace place;

    @BeforeEach
    void newPlace() {
        place = engine().newStorePlace();
    }

    /** The store of this test's place (the same one on every call). */
    protected StudyStore open() {
        return place.open();
    }

    @Test
    void emptyStoreAnswersWithoutAnIndex() {
        try (var store = open()) {
            assertThat(store.count()).isZero();
            assertThat(store.get("NCT00000001")).isEmpty();
            assertThat(store.stats().studies()).isZero();
            assertThat(store.latestUpdatePostDate()).isEmpty();
        }
    }

    @Test
    void upsertKeepsTheNewerOrEqualRecordAndSaysWhatItDid() {
        try (var store = open();
                StoreWriter w = store.openWriter()) {
            assertThat(w.upsert(study("NCT00000001", "2024-01-10", "First", "RECRUITING", "China")))
                    .isEqualTo(UpsertOutcome.ADDED);
            assertThat(w.upsert(study("NCT00000001", "2024-01-10", "First", "RECRUITING", "China")))
                    .isEqualTo(UpsertOutcome.UNCHANGED);
            assertThat(w.upsert(study("NCT00000001", "2024-01-10", "Same day, new title", "RECRUITING", "China")))
                    .isEqualTo(UpsertOutcome.UPDATED);
            assertThat(w.upsert(study("NCT00000001", "2023-05-01", "Older", "COMPLETED", "China")))
                    .isEqualTo(UpsertOutcome.KEPT_NEWER);
            assertThat(w.upsert(study("NCT00000001", "2025-02-01", "Newer", "COMPLETED", "China")))
                    .isEqualTo(UpsertOutcome.UPDATED);
            w.commit(Map.of());
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.get("NCT00000001").orElseThrow().study().briefTitle())
                    .isEqualTo("Newer");
            assertThat(store.latestUpdatePostDate())
                    .hasValueSatisfying(d -> assertThat(d).hasToString("2025-02-01"));
        }
    }

    @Test
    void lastUpdatesAreEveryLiveStudyWithItsRecordsDateReadWithoutTheRecords() {
        try (var store = open()) {
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
                w.upsert(study("NCT00000002", "2023-05-01", "Two", "COMPLETED", "France"));
                w.commit(Map.of());
            }
            try (StoreWriter w = store.openWriter()) { // a newer version replaces a document; an alias replaces one
                w.upsert(study("NCT00000002", "2025-02-01", "Two, updated", "COMPLETED", "France"));
                w.upsert(study("NCT00000003", "2025-03-04", "Three", "RECRUITING", "China", "NCT00000001"));
                w.commit(Map.of());
            }
            Map<String, LocalDate> fromRecords = new TreeMap<>();
            store.forEach(s ->
                    fromRecords.put(s.nctId(), s.study().lastUpdatePostDate().orElse(null)));
            Map<String, LocalDate> visited = new TreeMap<>();
            store.forEachLastUpdate((id, date) ->
                    assertThat(visited.put(id, date)).as("%s visited once", id).isNull());
            assertThat(visited)
                    .isEqualTo(fromRecords)
                    .containsOnlyKeys("NCT00000002", "NCT00000003")
                    .containsEntry("NCT00000002", LocalDate.parse("2025-02-01"));
        }
    }

    @Test
    void aLegacyConversionNeverReplacesTheSameVersionReceivedAsV2() {
        var v2 = study("NCT00000001", "2024-01-10", "From the API", "RECRUITING", "China");
        var legacy = new StudyDocument(
                study("NCT00000001", "2024-01-10", "From legacy XML", "RECRUITING", "China")
                        .study(),
                study("NCT00000001", "2024-01-10", "From legacy XML", "RECRUITING", "China")
                        .json(),
                List.of(),
                SourceForm.LEGACY_XML);
        try (var store = open();
                StoreWriter w = store.openWriter()) {
            assertThat(w.upsert(legacy)).isEqualTo(UpsertOutcome.ADDED);
            assertThat(w.upsert(v2)).isEqualTo(UpsertOutcome.UPDATED);
            assertThat(w.upsert(legacy)).isEqualTo(UpsertOutcome.KEPT_NEWER);
            assertThat(w.upsert(v2)).isEqualTo(UpsertOutcome.UNCHANGED);
            w.commit(Map.of());
            assertThat(store.get("NCT00000001").orElseThrow().study().briefTitle())
                    .isEqualTo("From the API");
        }
    }

    @Test
    void storedJsonAndDerivedPointsComeBackExactly() {
        var doc = study("NCT00000002", "2024-01-10", "Title with <b>tags</b> & ünïcode", "RECRUITING", "China");
        try (var store = open();
                StoreWriter w = store.openWriter()) {
            w.upsert(doc);
            w.commit(Map.of());
            StoredStudy back = store.get("nct00000002").orElseThrow();
            assertThat(back.json()).isEqualTo(doc.json());
            assertThat(back.derivedGeoPoints()).isEqualTo(doc.derivedGeoPoints());
        }
    }

    @Test
    void nothingIsVisibleBeforeCommitAndCloseWithoutCommitDiscards() {
        try (var store = open()) {
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000001", "2024-01-10", "Kept", "RECRUITING", "China"));
                w.commit(Map.of("note", "first"));
            }
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000002", "2024-01-10", "Never committed", "RECRUITING", "China"));
                w.upsert(study("NCT00000001", "2025-01-10", "Never committed either", "RECRUITING", "China"));
                assertThat(store.count()).isEqualTo(1);
            }
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.get("NCT00000001").orElseThrow().study().briefTitle())
                    .isEqualTo("Kept");
            assertThat(store.get("NCT00000002")).isEmpty();
            assertThat(store.metadata().get("note")).hasValue("first");
        }
    }

    @Test
    void rollbackDiscardsAndTheWriterGoesOn() {
        try (var store = open();
                StoreWriter w = store.openWriter()) {
            w.upsert(study("NCT00000001", "2024-01-10", "Rolled back", "RECRUITING", "China"));
            w.rollback();
            assertThat(w.upsert(study("NCT00000002", "2024-01-10", "Kept", "RECRUITING", "China")))
                    .isEqualTo(UpsertOutcome.ADDED);
            w.commit(Map.of());
            assertThat(store.get("NCT00000001")).isEmpty();
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void dataAndMetadataSurviveReopening() {
        try (var store = open();
                StoreWriter w = store.openWriter()) {
            w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
            w.upsert(study("NCT00000002", "2024-01-11", "Two", "COMPLETED", "France"));
            w.commit(Map.of("sync.lastUpdatePostDateFrom", "2024-01-11"));
        }
        try (var store = open()) {
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.metadata().get("sync.lastUpdatePostDateFrom")).hasValue("2024-01-11");
            // a later writer starts from the stored state: the same record is unchanged
            try (StoreWriter w = store.openWriter()) {
                assertThat(w.upsert(study("NCT00000002", "2024-01-11", "Two", "COMPLETED", "France")))
                        .isEqualTo(UpsertOutcome.UNCHANGED);
            }
        }
    }

    @Test
    void aliasesResolveToTheCurrentStudyAndReplaceTheOldRecord() {
        try (var store = open();
                StoreWriter w = store.openWriter()) {
            w.upsert(study("NCT00000009", "2020-01-01", "Old registration", "COMPLETED", "China"));
            assertThat(w.upsert(study("NCT00000010", "2024-01-01", "Current", "RECRUITING", "China", "NCT00000009")))
                    .isEqualTo(UpsertOutcome.ADDED);
            assertThat(w.upsert(study("NCT00000009", "2020-01-01", "Old registration", "COMPLETED", "China")))
                    .isEqualTo(UpsertOutcome.SUPERSEDED);
            w.commit(Map.of());
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.resolveId("NCT00000009")).hasValue("NCT00000010");
            assertThat(store.get("NCT00000009").orElseThrow().study().briefTitle())
                    .isEqualTo("Current");
        }
    }

    @Test
    void statsCountStatusPhaseTypeAndCountry() {
        try (var store = open();
                StoreWriter w = store.openWriter()) {
            w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
            w.upsert(study("NCT00000002", "2024-01-10", "Two", "RECRUITING", "France"));
            w.upsert(study("NCT00000003", "2024-01-10", "Three", "COMPLETED", "France"));
            w.upsert(study("NCT00000003", "2025-01-10", "Three, updated", "COMPLETED", "France"));
            w.commit(Map.of());
            var stats = store.stats();
            assertThat(stats.studies()).isEqualTo(3);
            assertThat(stats.byStatus()).containsExactly(Map.entry("RECRUITING", 2L), Map.entry("COMPLETED", 1L));
            assertThat(stats.byPhase()).containsEntry("PHASE2", 3L).containsEntry("PHASE3", 3L);
            assertThat(stats.byStudyType()).containsExactly(Map.entry("INTERVENTIONAL", 3L));
            assertThat(stats.byCountry()).containsExactly(Map.entry("France", 2L), Map.entry("China", 1L));
        }
    }

    @Test
    @SuppressWarnings("try") // the open writer is the point of the test
    void onlyOneWriterAtATime() {
        try (var store = open();
                StoreWriter first = store.openWriter()) {
            assertThatThrownBy(store::openWriter)
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("being written by another Trialfinder process");
        }
    }

    @Test
    void aSecondStoreOnTheSamePlaceSeesCommitsOfTheFirst() throws Exception {
        try (var writerSide = open();
                var readerSide = open()) {
            assertThat(readerSide.count()).isZero();
            try (StoreWriter w = writerSide.openWriter()) {
                w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
                w.commit(Map.of());
            }
            // within a bounded time on every engine (see the class comment)
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (readerSide.count() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(readerSide.count()).isEqualTo(1);
        }
    }

    @Test
    void forEachVisitsEveryCommittedStudy() {
        try (var store = open();
                StoreWriter w = store.openWriter()) {
            for (int i = 1; i <= 25; i++) {
                w.upsert(study("NCT%08d".formatted(i), "2024-01-10", "Study " + i, "RECRUITING", "China"));
            }
            w.commit(Map.of());
            List<String> ids = new ArrayList<>();
            store.forEach(s -> ids.add(s.nctId()));
            assertThat(ids).hasSize(25).doesNotHaveDuplicates();
        }
    }
}
