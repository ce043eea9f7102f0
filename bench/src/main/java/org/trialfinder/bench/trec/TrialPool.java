package org.trialfinder.bench.trec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.Ingester;
import org.trialfinder.ingest.source.SourceItem;
import org.trialfinder.ingest.source.SourceReader;
import org.trialfinder.model.NctId;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StudyStore;

/**
 * The judged trials we have records for, ingested with the real {@link Ingester} into a temporary
 * store (a {@link Trialfinder} of its own): the legacy XML zips (converted by the project's converter), the v2 records,
 * and, for SIGIR-judged trials no real record covers, minimal records from the TrialGPT-format corpus.
 * When one trial is in several sources the store keeps one version, by the ingest's own rules.
 */
public final class TrialPool implements AutoCloseable {
    private final Trialfinder app;
    private final Path root;
    private final Map<String, Study> studies;
    private final Map<String, String> minimal;

    private TrialPool(Trialfinder app, Path root, Map<String, Study> studies, Map<String, String> minimal) {
        this.app = app;
        this.root = root;
        this.studies = studies;
        this.minimal = minimal;
    }

    /** The record files under {@code shared} (the {@code shared/data} folder) that the pool reads. */
    public record Sources(List<Path> records, Path trialGptCorpus) {
        public static Sources under(Path shared) {
            return new Sources(
                    List.of(
                            shared.resolve("ctgov-legacy-xml-2023.zip"),
                            shared.resolve("ctgov-legacy-xml-trec2022-sample.zip"),
                            shared.resolve("ctgov-v2/ctgov-v2-studies.jsonl.gz")),
                    shared.resolve("trec/sigir/corpus-subset.jsonl"));
        }
    }

    /**
     * Ingests the records of {@code wanted} trials into a new store under {@code workDir} (deleted on
     * {@link #close()}). Records whose origin names another NCT id are skipped before conversion.
     */
    public static TrialPool build(Sources sources, Set<String> wanted, Path workDir, PrintStream log)
            throws IOException {
        Path root = Files.createTempDirectory(workDir, "trec-pool-");
        Trialfinder app = Trialfinder.open(root, log);
        try {
            StudyStore store = app.store();
            Ingester ingester = app.ingester(IngestOptions.quiet());
            SourceReader reader = new SourceReader();
            List<Path> present =
                    sources.records().stream().filter(Files::isRegularFile).toList();
            IngestSummary real = ingester.ingest(
                    "trec pool",
                    sink -> present.forEach(p -> reader.read(p, item -> {
                        if (wantedOrUnnamed(item, wanted)) {
                            sink.accept(item);
                        }
                    })),
                    reader::bytesRead,
                    0,
                    Map.of(StoreMetadata.LAST_INGEST_AT, Instant.now().toString()));
            log.printf("records: %s%n", describe(real));
            Map<String, String> minimal = new TreeMap<>();
            if (Files.isRegularFile(sources.trialGptCorpus())) {
                List<SourceItem> extra = new ArrayList<>();
                readTrialGpt(sources.trialGptCorpus(), (id, tree) -> {
                    if (wanted.contains(id) && store.get(id).isEmpty()) {
                        extra.add(
                                new SourceItem.JsonTree(sources.trialGptCorpus().getFileName() + "#" + id, tree));
                        minimal.put(id, sources.trialGptCorpus().getFileName().toString());
                    }
                });
                IngestSummary built = ingester.ingest(
                        "trec pool (TrialGPT corpus)",
                        sink -> extra.forEach(sink),
                        () -> 0,
                        0,
                        Map.of(StoreMetadata.LAST_INGEST_AT, Instant.now().toString()));
                log.printf("minimal records from the TrialGPT corpus: %s%n", describe(built));
            }
            Map<String, Study> studies = new LinkedHashMap<>();
            store.forEach(s -> {
                if (wanted.contains(s.nctId())) {
                    studies.put(s.nctId(), s.study());
                }
            });
            return new TrialPool(app, root, Collections.unmodifiableMap(studies), Collections.unmodifiableMap(minimal));
        } catch (RuntimeException e) {
            app.close();
            deleteTree(root);
            throw e;
        }
    }

    private static boolean wantedOrUnnamed(SourceItem item, Set<String> wanted) {
        List<NctId> named = NctId.findAll(item.origin());
        return named.isEmpty() || wanted.contains(named.getLast().value());
    }

    private interface TrialSink {
        void accept(String nctId, JsonNode study);
    }

    private static void readTrialGpt(Path corpus, TrialSink sink) {
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode trial = StudyJson.mapper().readTree(line);
                String id = trial.path("_id").asText("");
                if (NctId.isCanonical(id)) {
                    sink.accept(
                            id, TrialGptRecords.toV2(trial, corpus.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus, e);
        }
    }

    private static String describe(IngestSummary s) {
        String text = String.format(
                Locale.ROOT,
                "%,d added, %,d updated, %,d kept (newer or same version), %,d rejected",
                s.added(),
                s.updated(),
                s.unchanged() + s.keptNewer() + s.superseded(),
                s.rejected());
        StringBuilder out = new StringBuilder(text);
        s.rejections().stream()
                .limit(5)
                .forEach(r -> out.append("\n  rejected ").append(r));
        return out.toString();
    }

    /** Trialfinder over the pool's store (for the project's search). */
    public Trialfinder app() {
        return app;
    }

    /** NCT id → record, for every wanted trial the pool holds. */
    public Map<String, Study> studies() {
        return studies;
    }

    /** NCT ids of the minimal records built from the TrialGPT corpus. */
    public Set<String> minimalRecords() {
        return minimal.keySet();
    }

    @Override
    public void close() {
        app.close();
        deleteTree(root);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
