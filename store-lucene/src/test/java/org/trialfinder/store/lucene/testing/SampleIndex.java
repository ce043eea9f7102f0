package org.trialfinder.store.lucene.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.GeoMatch;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.ConditionSynonyms;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneBackend;

/**
 * A real store over the real v2 sample ({@code sample/ctgov-v2-sample.jsonl.gz}, 1,492 records, and
 * {@code sample/NCT06751394.json}), opened once per test JVM and shared by every test of the search
 * core ({@code store-lucene}) and of the API classes ({@code api}, through this module's test jar).
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
            sampleRecords().parallelStream().forEach(record -> writer.upsert(document(record, gazetteer)));
            writer.commit(Map.of(StoreMetadata.DATA_TIMESTAMP, Instant.now().toString()));
        }
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        store.forEach(s -> stored.put(s.nctId(), tree(s.json())));
        records = Map.copyOf(stored);
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeAndDelete));
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

    /** The stored record of this id (not an alias). */
    public JsonNode record(String nctId) {
        JsonNode r = records.get(nctId);
        if (r == null) {
            throw new AssertionError(nctId + " is not stored");
        }
        return r;
    }

    /** The stored form of a record: its compact JSON, and gazetteer coordinates for sites without a geoPoint. */
    private static StudyDocument document(JsonNode record, Gazetteer gazetteer) {
        Study study = StudyJson.fromTree(record);
        List<DerivedGeoPoint> derived = new ArrayList<>();
        List<Location> locations = study.locations();
        for (int i = 0; i < locations.size(); i++) {
            Location site = locations.get(i);
            if (site.geoPoint() == null) {
                int index = i;
                gazetteer
                        .geocodeSite(site.city(), site.state(), site.zip(), site.country())
                        .ifPresent((GeoMatch m) -> derived.add(new DerivedGeoPoint(
                                index, m.lat(), m.lon(), m.precision().name(), m.matchedPlace())));
            }
        }
        try {
            byte[] json = StudyJson.mapper().writeValueAsBytes(record);
            return new StudyDocument(study, json, derived, SourceForm.API_V2, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> sampleRecords() throws IOException {
        Path sample = sampleDir();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(sample.resolve("ctgov-v2-sample.jsonl.gz")));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(StudyJson.mapper().readTree(line));
                }
            }
        }
        out.add(StudyJson.mapper().readTree(Files.readAllBytes(sample.resolve("NCT06751394.json"))));
        return out;
    }

    /** The repository's {@code sample/} folder, found from the module's working directory. */
    public static Path sampleDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("sample");
            if (Files.isRegularFile(candidate.resolve("ctgov-v2-sample.jsonl.gz"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "sample/ctgov-v2-sample.jsonl.gz not found above " + Path.of("").toAbsolutePath());
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
