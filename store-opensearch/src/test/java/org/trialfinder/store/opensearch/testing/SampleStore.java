package org.trialfinder.store.opensearch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.search.contract.SampleRecords;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.ConditionSynonyms;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.opensearch.OpenSearchConnection;
import org.trialfinder.store.opensearch.OpenSearchStoreSettings;
import org.trialfinder.store.opensearch.OpenSearchStoreStatistics;
import org.trialfinder.store.opensearch.OpenSearchStudyStore;
import org.trialfinder.store.opensearch.OpenSearchStudySummaries;
import org.trialfinder.store.opensearch.search.OpenSearchStudyBrowse;
import org.trialfinder.store.opensearch.search.OpenSearchStudySearch;

/**
 * The real v2 sample ({@link SampleRecords}) in a store on the test node, written once per test JVM the way the
 * embedded store's {@code SampleIndex} writes it (upserts in parallel as ingest does); the search contracts run on it.
 *
 * <p>{@link #records} holds every record as read from the sample files, by NCT id: tests derive their expected
 * answers by scanning these (JSON navigation, no index, no field catalog).
 */
public final class SampleStore {
    private static SampleStore instance;
    /**
     * The sample is spread over three shards, so every search, sort, page token and count the tests compare with
     * the scan goes through OpenSearch's distributed path (per-shard hits merged, aggregations reduced).
     */
    public static final int SHARDS = 3;

    public final OpenSearchConnection connection;
    public final OpenSearchStudyStore store;
    public final MeshThesaurus mesh;
    /** Every sample record as read from the files, by NCT id. */
    public final Map<String, JsonNode> records;
    /** The stored form of every record (the bytes the store must give back). */
    public final Map<String, StudyDocument> documents;
    /** How long writing the sample took, in milliseconds (a figure distorted by whatever else runs). */
    public final long loadMillis;
    /** The search over the store, with the app's condition-synonym policy. */
    public final OpenSearchStudySearch search;

    public final OpenSearchStudyBrowse browse;
    public final OpenSearchStudySummaries summaries;
    public final OpenSearchStoreStatistics statistics;

    private SampleStore() throws IOException {
        connection = OpenSearchConnection.to(List.of(TestCluster.url()));
        mesh = MeshThesaurus.loadDefault();
        store = OpenSearchStudyStore.open(
                connection, new OpenSearchStoreSettings(TestCluster.uniqueName("sample"), SHARDS, 0), mesh, List.of());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        Map<String, JsonNode> read = new LinkedHashMap<>();
        Map<String, StudyDocument> docs = new LinkedHashMap<>();
        for (JsonNode record : SampleRecords.read()) {
            StudyDocument d = SampleRecords.document(record, gazetteer);
            read.put(d.nctId(), record);
            docs.put(d.nctId(), d);
        }
        records = Map.copyOf(read);
        documents = Map.copyOf(docs);
        long start = System.nanoTime();
        try (StoreWriter writer = store.openWriter()) {
            docs.values().parallelStream().forEach(writer::upsert);
            writer.commit(Map.of(StoreMetadata.DATA_TIMESTAMP, Instant.now().toString()));
        }
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        browse = new OpenSearchStudyBrowse(store);
        summaries = new OpenSearchStudySummaries(store);
        statistics = new OpenSearchStoreStatistics(store);
        search = new OpenSearchStudySearch(
                store, new ConditionSynonyms(new ConceptExpander(mesh, Abbreviations.loadDefault())));
    }

    /** The record of this id (not an alias) as read from the sample. */
    public JsonNode record(String nctId) {
        JsonNode r = records.get(nctId);
        if (r == null) {
            throw new AssertionError(nctId + " is not stored");
        }
        return r;
    }

    public static synchronized SampleStore get() {
        if (instance == null) {
            try {
                instance = new SampleStore();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the sample to OpenSearch", e);
            }
        }
        return instance;
    }
}
