package org.trialfinder.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.TestStudies.study;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.model.Study;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyAttachment;

/**
 * Attachments are derived from each study as it is written, read back by id or all at once (live
 * documents only), and derived again for every study when their version changes.
 */
class AttachmentsTest {
    @TempDir
    Path dir;

    /** The title of recruiting studies, tagged with the version that derived it. */
    private record TitleOfRecruiting(String version) implements StudyAttachment {
        @Override
        public String name() {
            return "test.title";
        }

        @Override
        public Optional<byte[]> derive(Study study) {
            return study.overallStatus() != null && study.overallStatus().name().equals("RECRUITING")
                    ? Optional.of((version + ":" + study.briefTitle()).getBytes(StandardCharsets.UTF_8))
                    : Optional.empty();
        }
    }

    private LuceneStudyStore open(String version) {
        return LuceneStudyStore.open(dir, MeshThesaurus.loadDefault(), List.of(new TitleOfRecruiting(version)));
    }

    private static String text(Optional<byte[]> bytes) {
        return bytes.map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    private static Map<String, String> all(LuceneStudyStore store) {
        Map<String, String> out = new TreeMap<>();
        store.forEachAttachment("test.title", (id, b) -> out.put(id, new String(b, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void derivedOnWriteAndReadByIdOrAll() {
        try (var store = open("v1")) {
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
                w.upsert(study("NCT00000002", "2024-01-11", "Two", "COMPLETED", "France"));
                w.upsert(study("NCT00000003", "2024-01-12", "Three", "RECRUITING", "Japan"));
                w.commit(Map.of());
            }
            assertThat(text(store.attachment("NCT00000001", "test.title"))).isEqualTo("v1:One");
            assertThat(store.attachment("NCT00000002", "test.title")).isEmpty();
            assertThat(store.attachment("NCT09999999", "test.title")).isEmpty();
            assertThat(store.attachment("NCT00000001", "other")).isEmpty();
            assertThat(all(store)).isEqualTo(Map.of("NCT00000001", "v1:One", "NCT00000003", "v1:Three"));

            // a newer version of a study replaces its attachment; one no longer recruiting loses it
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000001", "2024-02-10", "One again", "RECRUITING", "China"));
                w.upsert(study("NCT00000003", "2024-02-12", "Three", "COMPLETED", "Japan"));
                w.commit(Map.of());
            }
            assertThat(all(store)).isEqualTo(Map.of("NCT00000001", "v1:One again"));
            assertThat(store.attachment("NCT00000003", "test.title")).isEmpty();
        }
    }

    @Test
    void aNewVersionDerivesEveryAttachmentAgainOnOpen() {
        try (var store = open("v1")) {
            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000001", "2024-01-10", "One", "RECRUITING", "China"));
                w.upsert(study("NCT00000002", "2024-01-11", "Two", "RECRUITING", "France"));
                w.commit(Map.of());
            }
            assertThat(store.upgradeIfNeeded(new PrintStream(new ByteArrayOutputStream(), true)))
                    .isZero();
        }
        try (var store = open("v2")) {
            assertThat(all(store)).containsEntry("NCT00000001", "v1:One");
            assertThat(store.upgradeIfNeeded(new PrintStream(new ByteArrayOutputStream(), true)))
                    .isEqualTo(2);
            assertThat(all(store)).isEqualTo(Map.of("NCT00000001", "v2:One", "NCT00000002", "v2:Two"));
            assertThat(store.metadata().get(LuceneStudyStore.SCHEMA_KEY))
                    .hasValue(LuceneStudyStore.SCHEMA_VERSION + ";test.title=v2");
        }
    }
}
