package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.sync.StudySync;
import org.trialfinder.ingest.sync.SyncOptions;

/** The soak's fake ClinicalTrials.gov API, read by the product's own sync: every study once, in linked pages. */
class FakeCtGovApiTest {
    @TempDir
    Path tmp;

    @Test
    void theRealSyncReadsEveryPublishedStudyThroughThePages() throws Exception {
        List<String> studies = SoakSync.readCorpusHead(Path.of("..", "sample", "ctgov-v2-sample.jsonl.gz"), 25);
        LocalDate day = LocalDate.of(2026, 12, 6);
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        try (FakeCtGovApi api = FakeCtGovApi.start();
                Trialfinder app = Trialfinder.open(tmp.resolve("data"), quiet)) {
            api.publish(1, day, studies);
            SyncOptions options = new SyncOptions(
                    URI.create(api.baseUrl()), Duration.ZERO, 1, Duration.ofMillis(10), Duration.ofSeconds(30), 10);
            StudySync sync = new StudySync(app.store(), app.ingester(IngestOptions.quiet()), options, quiet);

            IngestSummary first = sync.sync(Optional.of(day));
            assertThat(first.added()).isEqualTo(25);
            assertThat(first.rejected()).isZero();
            assertThat(app.store().count()).isEqualTo(25);
            assertThat(api.pagesServed()).isEqualTo(3); // 10 + 10 + 5, linked by nextPageToken

            // asked from the day after the batch's, the API has nothing newer
            IngestSummary later = sync.sync(Optional.of(day.plusDays(1)));
            assertThat(later.read()).isZero();
        }
    }
}
