package org.trialfinder.bench.trec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Relevance judgments of one collection: topic id → NCT id → score (TREC: 2 eligible, 1 excluded,
 * 0 not relevant; SIGIR: 2 highly likely to refer, 1 would consider, 0 would not refer).
 */
public record Judgments(Map<String, Map<String, Integer>> byTopic) {

    public Judgments {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        byTopic.forEach((topic, grades) -> copy.put(topic, Collections.unmodifiableMap(new LinkedHashMap<>(grades))));
        byTopic = Collections.unmodifiableMap(copy);
    }

    /** Reads a {@code qrels.tsv}: a header line {@code query-id corpus-id score}, then tab-separated rows. */
    public static Judgments read(Path qrels) {
        Map<String, Map<String, Integer>> byTopic = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(qrels, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || (lineNo == 1 && line.startsWith("query-id"))) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalArgumentException(
                            qrels + ":" + lineNo + ": expected 3 tab-separated columns, got " + cols.length);
                }
                int score;
                try {
                    score = Integer.parseInt(cols[2].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(qrels + ":" + lineNo + ": score is not a number: " + cols[2]);
                }
                byTopic.computeIfAbsent(cols[0].trim(), t -> new LinkedHashMap<>())
                        .put(cols[1].trim(), score);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + qrels, e);
        }
        return new Judgments(byTopic);
    }

    /** Every judged NCT id, of any topic. */
    public Set<String> trials() {
        Set<String> all = new TreeSet<>();
        byTopic.values().forEach(g -> all.addAll(g.keySet()));
        return all;
    }

    /** The judgments of one topic restricted to trials in {@code present}. */
    public Map<String, Integer> of(String topic, Set<String> present) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        byTopic.getOrDefault(topic, Map.of()).forEach((id, g) -> {
            if (present.contains(id)) {
                kept.put(id, g);
            }
        });
        return kept;
    }
}
