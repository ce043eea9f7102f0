package org.trialfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.lucene.LuceneStudyStore;

/** Ingest from every form the data comes in, with the real store and real records. */
class IngesterTest {
    @TempDir
    Path tmp;

    LuceneStudyStore store;
    Ingester ingester;

    @BeforeEach
    void open() {
        store = LuceneStudyStore.open(tmp.resolve("store"), MeshThesaurus.loadDefault());
        ingester = new Ingester(store, Gazetteer.loadDefault(), IngestOptions.quiet());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestSummary ingest(Path... paths) {
        return ingester.ingestPaths(List.of(paths));
    }

    private void assertStoredAsGiven(List<String> studies) throws IOException {
        for (String s : studies) {
            StoredStudy stored = store.get(Fixtures.nctId(s)).orElseThrow();
            assertThat(Fixtures.tree(stored.jsonText())).isEqualTo(Fixtures.tree(s));
        }
    }

    @Test
    void singleStudyJsonFile() throws IOException {
        String s = Fixtures.v2Lines(1).get(0);
        IngestSummary summary =
                ingest(Fixtures.write(tmp.resolve("one.json"), Fixtures.tree(s).toPrettyString()));
        assertThat(summary.added()).isEqualTo(1);
        assertThat(summary.rejected()).isZero();
        assertStoredAsGiven(List.of(s));
    }

    @Test
    void directoryOfStudyFilesIncludingNestedFolders() throws IOException {
        List<String> studies = Fixtures.v2Lines(6);
        for (int i = 0; i < studies.size(); i++) {
            Fixtures.write(
                    tmp.resolve("dir")
                            .resolve(i % 2 == 0 ? "a" : "b/c")
                            .resolve(Fixtures.nctId(studies.get(i)) + ".json"),
                    studies.get(i));
        }
        IngestSummary summary = ingest(tmp.resolve("dir"));
        assertThat(summary.added()).isEqualTo(6);
        assertStoredAsGiven(studies);
    }

    @Test
    void bulkJsonZipWithShardFolders() throws IOException {
        List<String> studies = Fixtures.v2Lines(30);
        IngestSummary summary = ingest(Fixtures.bulkJsonZip(tmp.resolve("ctg-studies.json.zip"), studies));
        assertThat(summary.added()).isEqualTo(30);
        assertThat(store.count()).isEqualTo(30);
        assertStoredAsGiven(studies);
    }

    @Test
    void apiPageJsonLinesAndTheirGzipForms() throws IOException {
        List<String> studies = Fixtures.v2Lines(40);
        Path page = Fixtures.write(tmp.resolve("page.json"), Fixtures.page(studies.subList(0, 10), "NF0g5JiFkvA"));
        Path pageGz = Fixtures.gzip(tmp.resolve("page2.json.gz"), Fixtures.page(studies.subList(10, 20), null));
        Path lines = Fixtures.write(tmp.resolve("studies.jsonl"), String.join("\n", studies.subList(20, 30)) + "\n");
        Path linesGz = Fixtures.gzip(tmp.resolve("studies.ndjson.gz"), String.join("\n", studies.subList(30, 40)));
        IngestSummary summary = ingest(page, pageGz, lines, linesGz);
        assertThat(summary.added()).isEqualTo(40);
        assertThat(summary.rejected()).isZero();
        assertStoredAsGiven(studies);
    }

    @Test
    void jsonArrayOfStudies() throws IOException {
        List<String> studies = Fixtures.v2Lines(3);
        IngestSummary summary =
                ingest(Fixtures.write(tmp.resolve("array.json"), "[" + String.join(",", studies) + "]"));
        assertThat(summary.added()).isEqualTo(3);
    }

    @Test
    void legacyXmlAsZipAsSingleFileAndGzipped() throws IOException {
        var docs = Fixtures.legacyXml(12);
        Path zip = tmp.resolve("AllPublicXML.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var d : docs.subList(0, 10)) {
                out.putNextEntry(new ZipEntry(d.getKey()));
                out.write(d.getValue());
                out.closeEntry();
            }
        }
        Path single = Files.write(tmp.resolve("one.xml"), docs.get(10).getValue());
        Path gz = tmp.resolve("two.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(docs.get(11).getValue());
        }
        IngestSummary summary = ingest(zip, single, gz);
        assertThat(summary.rejected()).as(summary.rejections().toString()).isZero();
        assertThat(summary.added()).isEqualTo(12);
        String firstId = docs.get(0)
                .getKey()
                .substring(docs.get(0).getKey().lastIndexOf('/') + 1)
                .replace(".xml", "");
        assertThat(store.get(firstId)).isPresent();
        // legacy sites have no geoPoint: the gazetteer gave them one, kept beside the record
        assertThat(summary.sitesGeocoded()).isPositive();
    }

    @Test
    void ingestingTheSameInputTwiceChangesNothingTheSecondTime() throws IOException {
        Path lines = Fixtures.write(tmp.resolve("studies.jsonl"), String.join("\n", Fixtures.v2Lines(50)));
        var docs = Fixtures.legacyXml(5);
        Path zip = tmp.resolve("legacy.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var d : docs) {
                out.putNextEntry(new ZipEntry(d.getKey()));
                out.write(d.getValue());
                out.closeEntry();
            }
        }
        IngestSummary first = ingest(lines, zip);
        assertThat(first.added()).isEqualTo(55);
        IngestSummary second = ingest(lines, zip);
        assertThat(second.unchanged()).isEqualTo(55);
        assertThat(second.added() + second.updated() + second.rejected()).isZero();
        assertThat(store.count()).isEqualTo(55);
    }

    @Test
    void summaryPrintsEveryCount() throws IOException {
        IngestSummary summary = ingest(Fixtures.write(tmp.resolve("s.jsonl"), String.join("\n", Fixtures.v2Lines(2))));
        var bytes = new ByteArrayOutputStream();
        summary.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), "ingest");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("added:     2")
                .contains("updated:   0")
                .contains("unchanged: 0")
                .contains("rejected:  0");
    }
}
