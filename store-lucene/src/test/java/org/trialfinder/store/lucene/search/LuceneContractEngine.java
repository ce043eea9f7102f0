package org.trialfinder.store.lucene.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.contract.ContractEngine;
import org.trialfinder.search.contract.EngineSample;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneStudyStore;
import org.trialfinder.store.lucene.testing.SampleIndex;

/** The embedded engine for the search contracts: the shared {@link SampleIndex}, and stores in temporary folders. */
public final class LuceneContractEngine implements ContractEngine {
    private static Path stores;
    private static MeshThesaurus mesh;

    @Override
    public EngineSample sample() {
        return Sample.INSTANCE;
    }

    @Override
    public StorePlace newStorePlace() {
        try {
            Path folder = Files.createTempDirectory(storesFolder(), "store");
            return () -> LuceneStudyStore.open(folder, thesaurus());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a store folder", e);
        }
    }

    @Override
    public StudySearch search(StudyStore store, Synonyms synonyms) {
        return new LuceneStudySearch((LuceneStudyStore) store, synonyms);
    }

    @Override
    public StudyBrowse browse(StudyStore store) {
        return new LuceneStudyBrowse((LuceneStudyStore) store);
    }

    private static synchronized MeshThesaurus thesaurus() {
        if (mesh == null) {
            mesh = MeshThesaurus.loadDefault();
        }
        return mesh;
    }

    /** One folder for the run's empty stores, removed when the JVM exits (as JUnit's {@code @TempDir} would). */
    private static synchronized Path storesFolder() throws IOException {
        if (stores == null) {
            stores = Files.createTempDirectory("trialfinder-contract-stores");
            Path root = stores;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        }
        return stores;
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private enum Sample implements EngineSample {
        INSTANCE;

        @Override
        public StudyStore store() {
            return SampleIndex.get().store;
        }

        @Override
        public StudySearch search() {
            return SampleIndex.get().search;
        }

        @Override
        public StudySearch searchWithDecayLimit(Synonyms synonyms, int decayLimit) {
            return new LuceneStudySearch((LuceneStudyStore) store(), synonyms, decayLimit, true);
        }

        @Override
        public StudySummaries summaries() {
            return SampleIndex.get().summaries;
        }

        @Override
        public Map<String, JsonNode> records() {
            return SampleIndex.get().records;
        }
    }
}
