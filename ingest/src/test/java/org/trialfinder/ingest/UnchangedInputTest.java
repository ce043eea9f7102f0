package org.trialfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreStats;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.UpsertOutcome;
import org.trialfinder.store.lucene.LuceneStudyStore;

/**
 * Input already stored is recognised before it is parsed (the store is not even asked to upsert
 * it), changed input still goes through, and compact input is stored byte for byte as it came.
 */
class UnchangedInputTest {
    @TempDir
    Path tmp;

    private LuceneStudyStore lucene;
    private final AtomicInteger upserts = new AtomicInteger();
    private Ingester ingester;

    @BeforeEach
    void open() {
        lucene = LuceneStudyStore.open(tmp.resolve("store"), MeshThesaurus.loadDefault());
        ingester = new Ingester(new CountingStore(lucene, upserts), Gazetteer.loadDefault(), IngestOptions.quiet());
    }

    @AfterEach
    void close() {
        lucene.close();
    }

    @Test
    void reIngestOfTheSameLinesIsDecidedWithoutUpserting() throws IOException {
        List<String> lines = Fixtures.v2Lines(20);
        Path file = Fixtures.write(tmp.resolve("studies.jsonl"), String.join("\n", lines));

        IngestSummary first = ingester.ingestPaths(List.of(file));
        assertThat(first.added()).isEqualTo(20);
        assertThat(upserts.get()).isEqualTo(20);

        IngestSummary again = ingester.ingestPaths(List.of(file));
        assertThat(again.unchanged()).isEqualTo(20);
        assertThat(again.added() + again.updated() + again.rejected()).isZero();
        assertThat(upserts.get()).as("no upsert for unchanged input").isEqualTo(20);
    }

    @Test
    void changedLinesAreStillUpdatedAndTheOthersSkipped() throws IOException {
        List<String> lines = new ArrayList<>(Fixtures.v2Lines(10));
        ingester.ingestPaths(List.of(Fixtures.write(tmp.resolve("a.jsonl"), String.join("\n", lines))));
        String changed = lines.get(3).replaceFirst("\"briefTitle\":\"", "\"briefTitle\":\"Revised: ");
        assertThat(changed).isNotEqualTo(lines.get(3));
        lines.set(3, changed);
        upserts.set(0);

        IngestSummary again =
                ingester.ingestPaths(List.of(Fixtures.write(tmp.resolve("b.jsonl"), String.join("\n", lines))));

        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(9);
        assertThat(upserts.get()).isEqualTo(1);
        assertThat(lucene.get(Fixtures.nctId(changed)).orElseThrow().jsonText()).isEqualTo(changed);
    }

    @Test
    void compactLinesAreStoredAsTheyCameAndPrettyFilesCompactly() throws IOException {
        List<String> lines = Fixtures.v2Lines(5);
        ingester.ingestPaths(List.of(Fixtures.write(tmp.resolve("s.jsonl"), String.join("\r\n", lines) + "\n\n")));
        for (String line : lines) {
            byte[] stored = lucene.get(Fixtures.nctId(line)).orElseThrow().json();
            assertThat(stored).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
        }

        String pretty = Fixtures.tree(lines.get(0)).toPrettyString();
        String spaced =
                "{ \"protocolSection\" :" + lines.get(0).substring(lines.get(0).indexOf(':') + 1);
        ingester.ingestPaths(List.of(Fixtures.write(tmp.resolve("pretty.jsonl"), spaced)));
        ingester.ingestPaths(List.of(Fixtures.write(tmp.resolve("pretty.json"), pretty)));
        String stored = lucene.get(Fixtures.nctId(lines.get(0))).orElseThrow().jsonText();
        assertThat(Fixtures.tree(stored)).isEqualTo(Fixtures.tree(lines.get(0)));
        assertThat(stored).doesNotContain("\n").doesNotContain("{ ");
    }

    @Test
    void theIdHintReadsTheNctIdOffTheBytes() throws IOException {
        for (String line : Fixtures.v2Lines(30)) {
            assertThat(SourceFingerprint.nctIdHint(line.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(Fixtures.nctId(line));
        }
        assertThat(SourceFingerprint.nctIdHint("{\"x\":1}".getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    /** The Lucene store, counting the upserts that reach it. */
    private record CountingStore(StudyStore in, AtomicInteger upserts) implements StudyStore {
        @Override
        public Optional<StoredStudy> get(String nctIdOrAlias) {
            return in.get(nctIdOrAlias);
        }

        @Override
        public Optional<String> resolveId(String nctIdOrAlias) {
            return in.resolveId(nctIdOrAlias);
        }

        @Override
        public long count() {
            return in.count();
        }

        @Override
        public void forEach(Consumer<StoredStudy> visitor) {
            in.forEach(visitor);
        }

        @Override
        public StoreStats stats() {
            return in.stats();
        }

        @Override
        public Optional<LocalDate> latestUpdatePostDate() {
            return in.latestUpdatePostDate();
        }

        @Override
        public StoreMetadata metadata() {
            return in.metadata();
        }

        @Override
        public StoreWriter openWriter() {
            StoreWriter w = in.openWriter();
            return new StoreWriter() {
                @Override
                public UpsertOutcome upsert(StudyDocument document) {
                    upserts.incrementAndGet();
                    return w.upsert(document);
                }

                @Override
                public boolean isUnchangedSource(String nctId, long sourceHash) {
                    return w.isUnchangedSource(nctId, sourceHash);
                }

                @Override
                public void flushBuffered() {
                    w.flushBuffered();
                }

                @Override
                public void commit(Map<String, String> metadata) {
                    w.commit(metadata);
                }

                @Override
                public void rollback() {
                    w.rollback();
                }

                @Override
                public void close() {
                    w.close();
                }
            };
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
