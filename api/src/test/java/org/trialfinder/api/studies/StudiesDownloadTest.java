package org.trialfinder.api.studies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.StreamedResponse;
import org.trialfinder.store.lucene.testing.SampleIndex;

/**
 * {@code GET /api/v2/studies/download?format=json.zip} without HTTP: the whole store, each record
 * as stored, in the layout of ClinicalTrials.gov's bulk {@code ctg-studies.json.zip}; a client that
 * leaves stops the writing. (The round trip through {@code trialfinder ingest} is tested in app.)
 */
class StudiesDownloadTest {
    private final SampleIndex sample = SampleIndex.get();
    private final StudiesDownload download = new StudiesDownload(sample.store);

    @Test
    void everyStoredStudyAsStoredInTheBulkLayout() throws IOException {
        StreamedResponse r = download.download(Map.of("format", List.of("json.zip")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/zip");
        assertThat(r.headers()).containsEntry("Content-Disposition", "attachment; filename=\"ctg-studies.json.zip\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.body().writeTo(out);

        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(entries.put(e.getName(), zip.readAllBytes()))
                        .as("one entry per study")
                        .isNull();
            }
        }
        assertThat(entries).hasSize(sample.records.size());
        for (String id : sample.records.keySet()) {
            String entry = id.substring(0, 7) + "xxxx/" + id + ".json"; // e.g. NCT0675xxxx/NCT06751394.json
            assertThat(entries.get(entry))
                    .as(entry)
                    .isEqualTo(sample.store.get(id).orElseThrow().json());
        }
    }

    @Test
    void aClientThatLeavesStopsTheWriting() {
        FailingAfter client = new FailingAfter(64 * 1024);
        assertThatThrownBy(() -> download.writeZip(client)).isInstanceOf(IOException.class);
        assertThat(client.attempts).as("no write after the client left").isEqualTo(1);
        assertThat(sample.store.count()).as("the store still answers").isEqualTo(sample.records.size());
    }

    @Test
    void onlyFormatJsonZipIsAccepted() {
        assertThat(download.download(Map.of()).contentType()).isEqualTo("application/zip");
        assertThatThrownBy(() -> download.download(Map.of("format", List.of("csv"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("json.zip");
        assertThatThrownBy(() -> download.download(Map.of("fields", List.of("NCTId"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("`fields` is unknown parameter");
    }

    /** A client's stream that breaks once {@code limit} bytes went through, as a closed socket does. */
    private static final class FailingAfter extends OutputStream {
        private final int limit;
        private int written;
        int attempts;

        FailingAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                attempts++;
                throw new IOException("broken pipe");
            }
            written += len;
        }
    }
}
