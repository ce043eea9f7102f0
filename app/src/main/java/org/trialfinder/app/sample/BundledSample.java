package org.trialfinder.app.sample;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.Ingester;
import org.trialfinder.ingest.source.SourceItem;
import org.trialfinder.ingest.source.SourceReader;
import org.trialfinder.store.StoreMetadata;

/**
 * The real ClinicalTrials.gov sample shipped inside the app (folder {@code sample/} of the repo,
 * provenance in its SOURCES.md), loaded into an empty store on first start so a new user sees
 * real trials at once.
 */
public final class BundledSample {
    /** The sample's files, in load order: legacy XML first, so newer v2 versions of the same trials win. */
    public static final List<String> FILES =
            List.of("ctgov-legacy-sample.zip", "ctgov-v2-sample.jsonl.gz", "NCT06751394.json");

    private BundledSample() {}

    public static IngestSummary load(Ingester ingester) {
        SourceReader reader = new SourceReader();
        return ingester.ingest(
                "sample",
                sink -> FILES.forEach(name -> read(reader, name, sink)),
                reader::bytesRead,
                0,
                Map.of(StoreMetadata.LAST_INGEST_AT, Instant.now().toString(), "sample.loaded", "true"));
    }

    private static void read(SourceReader reader, String name, Consumer<SourceItem> sink) {
        String resource = "/sample/" + name;
        try (InputStream in = BundledSample.class.getResourceAsStream(resource)) {
            if (in == null) {
                sink.accept(new SourceItem.Unreadable(resource, "missing from this build of Trialfinder"));
                return;
            }
            reader.readStream("sample/" + name, name, new BufferedInputStream(in, 1 << 16), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sample " + resource, e);
        }
    }
}
