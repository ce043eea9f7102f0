package org.trialfinder.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.TestStudies.study;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.UpsertOutcome;

/** A store written with an older searchable-field layout is rebuilt from its stored records on open. */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void olderStoresAreReindexedOnceAndKeepEveryStudy() {
        try (var store = LuceneStudyStore.open(dir, MeshThesaurus.loadDefault())) {
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
                w.upsert(study("NCT00000002", "2024-01-11", "Two", "COMPLETED", "France"));
                w.commit(Map.of(LuceneStudyStore.SCHEMA_KEY, "1")); // as an older Trialfinder left it
            }
            // a normal ingest into an old store must not claim the new layout
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000003", "2024-01-12", "Three", "RECRUITING", "Japan"));
                w.commit(Map.of());
            }
            assertThat(store.metadata().get(LuceneStudyStore.SCHEMA_KEY)).hasValue("1");

            ByteArrayOutputStream log = new ByteArrayOutputStream();
            assertThat(store.upgradeIfNeeded(new PrintStream(log, true))).isEqualTo(3);
            assertThat(log.toString()).contains("rebuilding").contains("reindexed 3 studies");
            assertThat(store.metadata().get(LuceneStudyStore.SCHEMA_KEY)).hasValue(LuceneStudyStore.SCHEMA_VERSION);
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.get("NCT00000002").orElseThrow().study().briefTitle())
                    .isEqualTo("Two");
            assertThat(store.upgradeIfNeeded(new PrintStream(log, true))).isZero();
            // the upsert state survives: re-sending a study is still "unchanged"
            try (StoreWriter w = store.openWriter()) {
                assertThat(w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China")))
                        .isEqualTo(UpsertOutcome.UNCHANGED);
            }
        }
    }
}
