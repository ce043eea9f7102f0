package org.trialfinder.store.lucene.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.Expansion;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.lucene.LuceneStudyStore;
import org.trialfinder.store.lucene.search.LuceneStudyBrowse;
import org.trialfinder.store.lucene.search.LuceneStudySearch;

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

    public final LuceneStudyStore store;
    public final LuceneStudySearch search;
    public final LuceneStudyBrowse browse;
    /** Every stored study, as stored, by NCT id. */
    public final Map<String, JsonNode> records;

    private final Path dir;

    private SampleIndex() throws IOException {
        dir = Files.createTempDirectory("trialfinder-sample-index");
        store = LuceneStudyStore.open(dir);
        Gazetteer gazetteer = Gazetteer.loadDefault();
        try (StoreWriter writer = store.openWriter()) {
            // upserts are thread-safe; in parallel, as ingest writes, the index builds in about half the time
            sampleRecords().parallelStream().forEach(record -> writer.upsert(document(record, gazetteer)));
            writer.commit(Map.of(StoreMetadata.DATA_TIMESTAMP, Instant.now().toString()));
        }
        search = new LuceneStudySearch(store, conditionSynonyms());
        browse = new LuceneStudyBrowse(store);
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

    /**
     * The app's condition-synonym policy ({@code app/cli/Stores.search}): MeSH synonyms, and narrower
     * concepts by name and by their unambiguous abbreviations ("NSCLC" is a lung cancer).
     */
    private static Synonyms conditionSynonyms() {
        ConceptExpander expander = ConceptExpander.loadDefault();
        return phrase -> {
            Expansion e = expander.expand(phrase);
            List<String> narrower = new ArrayList<>();
            for (Expansion.Term t : e.terms()) {
                if (t.kind() == Expansion.Kind.NARROWER) {
                    narrower.add(t.text());
                    expander.abbreviations().forMeshId(t.descriptorId()).stream()
                            .filter(sense -> !expander.abbreviations().isAmbiguous(sense.abbreviation()))
                            .forEach(sense -> narrower.add(sense.abbreviation()));
                }
            }
            return new Synonyms.Alternatives(
                    e.texts(
                            Expansion.Kind.PREFERRED,
                            Expansion.Kind.EXPANSION,
                            Expansion.Kind.SYNONYM,
                            Expansion.Kind.ABBREVIATION),
                    narrower);
        };
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
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
