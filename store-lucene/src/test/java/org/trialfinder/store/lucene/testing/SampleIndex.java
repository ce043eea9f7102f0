package org.trialfinder.store.lucene.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.contract.SampleRecords;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.ConditionSynonyms;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneBackend;

/**
 * A real store over the real v2 sample ({@link SampleRecords}), opened once per test JVM and shared by every test of
 * the search core ({@code store-lucene}: the search contracts run on it as the embedded engine's {@link EngineSample})
 * and of the API classes ({@code api}, through this module's test jar).
 * The one place that builds the store, the search and the browse, so a change of their constructors
 * needs a fix here only. Sites without a {@code geoPoint} get coordinates from the gazetteer, as
 * ingest gives them; condition words are expanded as the app expands them.
 *
 * <p>{@link #records} holds every stored record as a plain JSON tree: tests derive their expected
 * answers by scanning these (JSON navigation, no index, no field catalog).
 */
public final class SampleIndex {
    private static SampleIndex instance;

    public final StudyStore store;
    public final StudySearch search;
    public final StudyBrowse browse;
    public final StudySummaries summaries;
    public final StoreStatistics statistics;
    /** Every stored study, as stored, by NCT id. */
    public final Map<String, JsonNode> records;

    private final Path dir;
    private final LuceneBackend backend;

    private SampleIndex() throws IOException {
        dir = Files.createTempDirectory("trialfinder-sample-index");
        MeshThesaurus mesh = MeshThesaurus.loadDefault();
        // the app's condition-synonym policy, from the same class the composition root uses
        Synonyms conditionSynonyms = new ConditionSynonyms(new ConceptExpander(mesh, Abbreviations.loadDefault()));
        backend = LuceneBackend.open(dir, mesh, conditionSynonyms, new PrintStream(OutputStream.nullOutputStream()));
        store = backend.store();
        search = backend.search();
        browse = backend.browse();
        summaries = backend.summaries();
        statistics = backend.statistics();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        try (StoreWriter writer = store.openWriter()) {
            // upserts are thread-safe; in parallel, as ingest writes, the index builds in about half the time
            SampleRecords.read().parallelStream()
                    .forEach(record -> writer.upsert(SampleRecords.document(record, gazetteer)));
            writer.commit(Map.of(StoreMetadata.DATA_TIMESTAMP, Instant.now().toString()));
        }
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        store.forEach(s -> stored.put(s.nctId(), tree(s.json())));
        records = Map.copyOf(stored);
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeAndDelete));
    }

    /** The stored record of this id (not an alias). */
    public JsonNode record(String nctId) {
        JsonNode r = records.get(nctId);
        if (r == null) {
            throw new AssertionError(nctId + " is not stored");
        }
        return r;
    }

    /** The shared index, built on first use. */
    public static synchronized SampleIndex get() {
        if (instance == null) {
            try {
                instance = new SampleIndex();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the sample index", e);
            }
        }
        return instance;
    }

    /** The repository's {@code sample/} folder, found from the module's working directory. */
    public static Path sampleDir() {
        return SampleRecords.sampleDir();
    }

    private static JsonNode tree(byte[] json) {
        try {
            return StudyJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeAndDelete() {
        backend.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
