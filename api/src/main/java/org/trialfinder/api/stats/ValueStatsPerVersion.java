package org.trialfinder.api.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldValues;
import org.trialfinder.store.StudyStore;

/**
 * The value statistics of every leaf field, gathered in one pass over the stored records per data version and kept
 * until the data change; every {@code /stats/field/values} request, whatever fields or types it names, is answered
 * from that one pass. Gathered per requested subset instead, each new combination of fields started another pass over
 * every record (at 100,000 studies 30–45 s of both cores each), so a handful of distinct requests could keep the server
 * busy for minutes and hold a set of per-value maps each. A request that arrives while the pass runs waits for it
 * instead of starting its own.
 */
final class ValueStatsPerVersion {
    private final StudyStore store;
    private final List<FieldDef> leaves;
    private final Function<FieldDef, String> statsType;
    private final Map<String, CompletableFuture<Map<String, JsonNode>>> byVersion = new ConcurrentHashMap<>();

    /**
     * @param leaves every field a request may name
     * @param statsType ClinicalTrials.gov's statistics type of a field
     */
    ValueStatsPerVersion(StudyStore store, List<FieldDef> leaves, Function<FieldDef, String> statsType) {
        this.store = store;
        this.leaves = List.copyOf(leaves);
        this.statsType = statsType;
    }

    /** The statistics item of each leaf, by piece, for data {@code version} (gathered on the first call for it). */
    Map<String, JsonNode> of(String version) {
        CompletableFuture<Map<String, JsonNode>> mine = new CompletableFuture<>();
        CompletableFuture<Map<String, JsonNode>> running = byVersion.putIfAbsent(version, mine);
        if (running != null) {
            return join(running);
        }
        byVersion.keySet().removeIf(v -> !v.equals(version)); // an older version's figures are never asked again
        try {
            mine.complete(gather());
        } catch (RuntimeException | Error e) {
            byVersion.remove(version, mine); // the next request tries again
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    private Map<String, JsonNode> gather() {
        List<FieldValueStats> stats = leaves.stream()
                .map(f -> new FieldValueStats(f, statsType.apply(f)))
                .toList();
        store.forEach(s -> {
            JsonNode tree = ScannedStatistics.tree(s.json());
            for (int i = 0; i < leaves.size(); i++) {
                stats.get(i).add(s.nctId(), FieldValues.extract(tree, leaves.get(i)));
            }
        });
        Map<String, JsonNode> byPiece = new HashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            byPiece.put(leaves.get(i).piece(), stats.get(i).json());
        }
        return Map.copyOf(byPiece);
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
