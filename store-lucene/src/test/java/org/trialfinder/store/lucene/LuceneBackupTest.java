package org.trialfinder.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.search.contract.TestStudies.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.BackupSummary;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreLockedException;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreWriter;

/**
 * A backup copies exactly one commit even while a writer commits past it and deletes its files; a restore
 * brings back every record byte for byte, and refuses damaged backups, full stores and stores being written.
 */
class LuceneBackupTest {
    private static MeshThesaurus mesh;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadMesh() {
        mesh = MeshThesaurus.loadDefault();
    }

    /** A store of 50 studies committed two hours ago: the next commit makes its deletion policy drop it. */
    private Map<String, String> storeOf50(Path data) {
        try (var store = LuceneStudyStore.open(data, mesh);
                StoreWriter w = store.openWriter()) {
            for (int i = 0; i < 50; i++) {
                w.upsert(study("NCT%08d".formatted(1000 + i), "2024-01-10", "Study " + i, "RECRUITING", "China"));
            }
            w.commit(Map.of(
                    StoreMetadata.DATA_TIMESTAMP,
                    Instant.now().minus(Duration.ofHours(2)).toString()));
            return records(store);
        }
    }

    private static Map<String, String> records(LuceneStudyStore store) {
        Map<String, String> out = new TreeMap<>();
        store.forEach(s -> out.put(s.nctId(), new String(s.json(), StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void aBackupKeepsItsCommitWhileAWriterCommitsPastItAndDeletesIt() throws Exception {
        Path data = tmp.resolve("data");
        Map<String, String> before = storeOf50(data);
        long commitBefore;
        try (var store = LuceneStudyStore.open(data, mesh)) {
            commitBefore = store.withCommit(
                    OptionalLong.empty(), r -> r.getIndexCommit().getGeneration());
        }
        Path oldSegments =
                data.resolve("index").resolve("segments_" + Long.toString(commitBefore, Character.MAX_RADIX));
        assertThat(oldSegments).exists();

        BackupSummary b = LuceneBackup.backup(data, tmp.resolve("backup"), () -> {
            // another writer, after the backup opened the commit's files: changes every study, adds 50,
            // commits, and its deletion policy removes the commit being copied
            try (var store = LuceneStudyStore.open(data, mesh);
                    StoreWriter w = store.openWriter()) {
                for (int i = 0; i < 100; i++) {
                    w.upsert(study("NCT%08d".formatted(1000 + i), "2025-03-01", "Changed " + i, "COMPLETED", "China"));
                }
                w.commit(Map.of());
            }
            assertThat(oldSegments).as("the commit being copied was deleted").doesNotExist();
        });

        assertThat(b.commit()).isEqualTo(commitBefore);
        assertThat(b.studies()).isEqualTo(50);
        assertThat(LuceneBackup.verify(tmp.resolve("backup")).studies()).isEqualTo(50);
        BackupSummary r = LuceneBackup.restore(tmp.resolve("backup"), tmp.resolve("restored"), false);
        assertThat(r.studies()).isEqualTo(50);
        try (var restored = LuceneStudyStore.open(tmp.resolve("restored"), mesh)) {
            assertThat(records(restored)).isEqualTo(before);
            // a restored store is a working store: it takes the next ingest
            try (StoreWriter w = restored.openWriter()) {
                w.upsert(study("NCT99999999", "2025-03-01", "After restore", "RECRUITING", "China"));
                w.commit(Map.of());
            }
            assertThat(restored.count()).isEqualTo(51);
        }
        try (var source = LuceneStudyStore.open(data, mesh)) {
            assertThat(source.count()).isEqualTo(100); // the writer's commit is intact too
        }
    }

    @Test
    void damagedBackupsAreRefusedWithWhatIsWrongAndNothingIsRestored() throws Exception {
        Path data = tmp.resolve("data");
        storeOf50(data);
        Path backup = tmp.resolve("backup");
        LuceneBackup.backup(data, backup);
        Path biggest;
        try (Stream<Path> files = Files.list(backup.resolve("index"))) {
            biggest =
                    files.max(Comparator.comparingLong(LuceneBackupTest::size)).orElseThrow();
        }
        String name = biggest.getFileName().toString();

        Path truncated = copyOf(backup, "truncated");
        try (RandomAccessFile f =
                new RandomAccessFile(truncated.resolve("index").resolve(name).toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertRefused(truncated, "its file index/" + name + " is ", "truncated");

        Path flipped = copyOf(backup, "flipped");
        flipByte(flipped.resolve("index").resolve(name));
        assertRefused(flipped, "the content of its file index/" + name + " differs from the manifest's checksum");

        // a byte changed and the manifest made to agree: Lucene's own checksums still catch it
        Path forged = copyOf(backup, "forged");
        flipByte(forged.resolve("index").resolve(name));
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest =
                (ObjectNode) json.readTree(forged.resolve(LuceneBackup.MANIFEST).toFile());
        manifest.withArray("files").forEach(f -> {
            if (f.path("name").asText().equals(name)) {
                ((ObjectNode) f).put("sha256", sha256(forged.resolve("index").resolve(name)));
            }
        });
        json.writeValue(forged.resolve(LuceneBackup.MANIFEST).toFile(), manifest);
        assertRefused(forged, "Lucene");

        Path unfinished = copyOf(backup, "unfinished");
        Files.delete(unfinished.resolve(LuceneBackup.MANIFEST));
        assertThatThrownBy(() -> LuceneBackup.restore(unfinished, tmp.resolve("target"), false))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a Trialfinder backup");

        assertThat(tmp.resolve("target").resolve("index")).doesNotExist();
    }

    @Test
    void restoreRefusesAFullStoreWithoutForceAndAStoreBeingWritten() {
        Path data = tmp.resolve("data");
        Map<String, String> before = storeOf50(data);
        LuceneBackup.backup(data, tmp.resolve("backup"));
        Path other = tmp.resolve("other");
        try (var store = LuceneStudyStore.open(other, mesh);
                StoreWriter w = store.openWriter()) {
            w.upsert(study("NCT77777777", "2025-03-01", "Other", "RECRUITING", "China"));
            w.commit(Map.of());
            assertThatThrownBy(() -> LuceneBackup.restore(tmp.resolve("backup"), other, true))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("is being written by another Trialfinder process");
        }
        assertThatThrownBy(() -> LuceneBackup.restore(tmp.resolve("backup"), other, false))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds a store (1 studies)")
                .hasMessageContaining("--force");
        LuceneBackup.restore(tmp.resolve("backup"), other, true);
        try (var store = LuceneStudyStore.open(other, mesh)) {
            assertThat(records(store)).isEqualTo(before);
        }
        assertThatThrownBy(() -> LuceneBackup.backup(data, tmp.resolve("backup")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("exists and is not empty");
    }

    private static void assertRefused(Path backup, String... words) {
        var thrown = assertThatThrownBy(() -> LuceneBackup.verify(backup))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the backup in " + backup + " is damaged")
                .hasMessageContaining("it was not restored");
        for (String w : words) {
            thrown.hasMessageContaining(w);
        }
    }

    private Path copyOf(Path backup, String name) throws IOException {
        Path copy = tmp.resolve(name);
        Files.createDirectories(copy.resolve("index"));
        Files.copy(backup.resolve(LuceneBackup.MANIFEST), copy.resolve(LuceneBackup.MANIFEST));
        try (Stream<Path> files = Files.list(backup.resolve("index"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve("index").resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static void flipByte(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x5A);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
