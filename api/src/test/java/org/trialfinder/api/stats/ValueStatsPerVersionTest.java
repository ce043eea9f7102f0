package org.trialfinder.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.api.JsonAnswers.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreStats;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.testing.SampleIndex;

/**
 * {@code /stats/field/values} reads the stored records once per data version, whatever fields and types the
 * requests name and however many arrive at once.
 */
class ValueStatsPerVersionTest {
    private static SampleIndex sample;

    @BeforeAll
    static void open() {
        sample = SampleIndex.get();
    }

    @Test
    void requestsForDifferentFieldsShareOnePassOverTheRecords() {
        CountingStore store = new CountingStore(sample.store);
        StatsApi api = new StatsApi(store, sample.statistics);

        JsonNode all = json(api.fieldValues(Map.of()));
        JsonNode two = json(api.fieldValues(Map.of("fields", List.of("Phase,OverallStatus"))));
        JsonNode enums = json(api.fieldValues(Map.of("types", List.of("ENUM"))));
        JsonNode dates = json(api.fieldValues(Map.of("types", List.of("DATE"), "fields", List.of("StartDate"))));

        assertThat(store.passes.get()).isEqualTo(1);
        Map<String, JsonNode> allByPiece = new HashMap<>();
        all.forEach(item -> allByPiece.put(item.path("piece").asText(), item));
        // each answer lists the items it asked for, in its order, as the all-fields answer has them
        assertThat(pieces(two)).containsExactly("Phase", "OverallStatus");
        for (JsonNode answer : List.of(two, enums, dates)) {
            answer.forEach(item ->
                    assertThat(item).isEqualTo(allByPiece.get(item.path("piece").asText())));
        }
        assertThat(pieces(enums)).contains("OverallStatus", "Phase").doesNotContain("BriefTitle", "StartDate");
        assertThat(enums.size()).isGreaterThan(20);
        assertThat(pieces(dates)).containsExactly("StartDate");
    }

    @Test
    void requestsArrivingWhileThePassRunsWaitForIt() throws Exception {
        CountingStore store = new CountingStore(sample.store);
        StatsApi api = new StatsApi(store, sample.statistics);
        List<Callable<JsonNode>> asks = new ArrayList<>();
        for (String piece : List.of("Phase", "OverallStatus", "Condition", "EnrollmentCount", "StartDate", "Sex")) {
            asks.add(() -> json(api.fieldValues(Map.of("fields", List.of(piece)))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(asks.size());
        try {
            List<Future<JsonNode>> answers = pool.invokeAll(asks);
            for (Future<JsonNode> a : answers) {
                assertThat(a.get().size()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.passes.get()).isEqualTo(1);
    }

    @Test
    void newDataAreReadAgain() {
        CountingStore store = new CountingStore(sample.store);
        StatsApi api = new StatsApi(store, sample.statistics);
        api.fieldValues(Map.of("fields", List.of("Phase")));

        store.timestamp = "2026-12-07T06:00:00Z"; // a commit: the data version changes
        api.fieldValues(Map.of("fields", List.of("Phase")));
        api.fieldValues(Map.of("fields", List.of("Sex")));

        assertThat(store.passes.get()).isEqualTo(2);
    }

    private static List<String> pieces(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.forEach(item -> out.add(item.path("piece").asText()));
        return out;
    }

    /**
     * The first {@link #STUDIES} studies of the sample store (a pass over all of them gathers every field's statistics
     * and takes seconds), counting the passes over them, with a data timestamp the test moves.
     */
    private static final class CountingStore implements StudyStore {
        static final int STUDIES = 200;
        private final StudyStore inner;
        final AtomicInteger passes = new AtomicInteger();
        volatile String timestamp = "2026-12-07T05:00:00Z";

        CountingStore(StudyStore inner) {
            this.inner = inner;
        }

        @Override
        public void forEach(Consumer<StoredStudy> visitor) {
            passes.incrementAndGet();
            AtomicInteger visited = new AtomicInteger();
            inner.forEach(s -> {
                if (visited.getAndIncrement() < STUDIES) {
                    visitor.accept(s);
                }
            });
        }

        @Override
        public StoreMetadata metadata() {
            return new StoreMetadata(Map.of(StoreMetadata.DATA_TIMESTAMP, timestamp));
        }

        @Override
        public Optional<StoredStudy> get(String nctIdOrAlias) {
            return inner.get(nctIdOrAlias);
        }

        @Override
        public Optional<String> resolveId(String nctIdOrAlias) {
            return inner.resolveId(nctIdOrAlias);
        }

        @Override
        public long count() {
            return Math.min(STUDIES, inner.count());
        }

        @Override
        public StoreStats stats() {
            return inner.stats();
        }

        @Override
        public Optional<LocalDate> latestUpdatePostDate() {
            return inner.latestUpdatePostDate();
        }

        @Override
        public StoreWriter openWriter() {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void close() {}
    }
}
