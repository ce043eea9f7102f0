package org.trialfinder.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.ingest.geocode.SiteGeocoder;
import org.trialfinder.ingest.source.SourceItem;
import org.trialfinder.ingest.source.SourceReader;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.UpsertOutcome;

/**
 * Streams studies from their sources into a store in one transaction.
 *
 * <p>One thread reads the input (sequential by nature: a zip, a gzip stream) and hands records to
 * a bounded queue; worker threads parse, convert, geocode and upsert them. The queue bound keeps
 * memory flat whatever the input size. Everything is committed once, at the end, so readers never
 * see half an ingest and a crash leaves the previous state; bad records are rejected one by one,
 * with their reasons, and never stop the good ones.
 */
public final class Ingester {
    private static final int QUEUE_CAPACITY = 1024;
    private static final SourceItem END = new SourceItem.Unreadable("", "end of input");

    private final StudyStore store;
    private final StudyConverter converter;
    private final IngestOptions options;
    private final SourceFingerprint fingerprint;

    public Ingester(StudyStore store, Gazetteer gazetteer, IngestOptions options) {
        this.store = store;
        this.converter = new StudyConverter(new SiteGeocoder(gazetteer));
        this.options = options;
        // the gazetteer derives what is stored beside the record: another one must not see "unchanged"
        this.fingerprint = new SourceFingerprint(gazetteer.toString());
    }

    /** Ingests files, directories and archives, in the order given, as one transaction. */
    public IngestSummary ingestPaths(List<Path> paths) {
        SourceReader reader = new SourceReader();
        long total = SourceReader.totalBytes(paths);
        return ingest(
                "ingest",
                sink -> paths.forEach(p -> reader.read(p, sink)),
                reader::bytesRead,
                total,
                Map.of(StoreMetadata.LAST_INGEST_AT, Instant.now().toString()));
    }

    /**
     * Runs {@code producer}, which feeds source items to the sink it is given, through the pipeline
     * and commits once at the end with {@code metadata}. Progress follows {@code bytesDone} against
     * {@code totalBytes} (0 when unknown).
     */
    public IngestSummary ingest(
            String label,
            Consumer<Consumer<SourceItem>> producer,
            LongSupplier bytesDone,
            long totalBytes,
            Map<String, String> metadata) {
        long start = System.nanoTime();
        IngestTally tally = new IngestTally();
        try (StoreWriter writer = store.openWriter()) {
            run(label, producer, bytesDone, totalBytes, writer, tally);
            Map<String, String> meta = new HashMap<>(metadata);
            meta.put(StoreMetadata.DATA_TIMESTAMP, Instant.now().toString());
            writer.commit(meta);
        }
        return tally.summary(Duration.ofNanos(System.nanoTime() - start));
    }

    private void run(
            String label,
            Consumer<Consumer<SourceItem>> producer,
            LongSupplier bytesDone,
            long totalBytes,
            StoreWriter writer,
            IngestTally tally) {
        BlockingQueue<SourceItem> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread[] workers = new Thread[options.workers()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = Thread.ofPlatform()
                    .name("ingest-worker-" + i)
                    .daemon(true)
                    .start(() -> work(queue, writer, tally, failure));
        }
        try (IngestProgress progress = IngestProgress.start(
                options.progress(), label, totalBytes, bytesDone, tally::processed, options.log())) {
            producer.accept(item -> {
                if (failure.get() != null) {
                    throw failure.get();
                }
                put(queue, item);
                progress.tick();
            });
        } finally {
            for (int i = 0; i < workers.length; i++) {
                put(queue, END);
            }
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while finishing the ingest", e);
                }
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void work(
            BlockingQueue<SourceItem> queue,
            StoreWriter writer,
            IngestTally tally,
            AtomicReference<RuntimeException> failure) {
        while (true) {
            SourceItem item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (item == END) {
                if (failure.get() == null) {
                    flushBuffered(writer, failure);
                }
                return;
            }
            if (failure.get() != null) {
                continue; // drain: the ingest is failing and will not commit
            }
            try {
                long sourceHash = 0;
                if (item instanceof SourceItem.JsonBytes b) {
                    // decide "unchanged" before parsing: a re-ingest of the same input stops here
                    sourceHash = fingerprint.of(SourceForm.API_V2, b.json());
                    String id = SourceFingerprint.nctIdHint(b.json());
                    if (id != null && writer.isUnchangedSource(id, sourceHash)) {
                        tally.count(UpsertOutcome.UNCHANGED);
                        continue;
                    }
                }
                switch (convert(item, sourceHash)) {
                    case StudyConverter.Ok ok -> {
                        tally.count(writer.upsert(ok.document()));
                        tally.sitesGeocoded.add(ok.sitesGeocoded());
                        tally.sitesUnmatched.add(ok.sitesUnmatched());
                    }
                    case StudyConverter.Bad bad -> tally.reject(bad.rejection());
                }
            } catch (RuntimeException e) {
                // A store failure (disk full, I/O error) ends the ingest without committing anything.
                failure.compareAndSet(null, e);
            } catch (Error e) {
                // Even an Error (out of memory, a broken class path) must not leave the reader waiting
                // for a worker that is gone: record it, keep draining, and fail the ingest.
                failure.compareAndSet(null, new IllegalStateException("ingest worker failed: " + e, e));
            }
        }
    }

    /** This worker's share of the final flush, in parallel with the others' (the commit does the rest). */
    private static void flushBuffered(StoreWriter writer, AtomicReference<RuntimeException> failure) {
        try {
            writer.flushBuffered();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Converts one item; a defect in conversion rejects that record instead of failing the ingest. */
    private StudyConverter.Converted convert(SourceItem item, long sourceHash) {
        try {
            return converter.convert(item, sourceHash);
        } catch (RuntimeException e) {
            return new StudyConverter.Bad(new Rejection(
                    item.origin(),
                    "could not be converted (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private static void put(BlockingQueue<SourceItem> queue, SourceItem item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading input", e);
        }
    }
}
