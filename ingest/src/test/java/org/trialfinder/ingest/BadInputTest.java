package org.trialfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.lucene.LuceneStudyStore;

/**
 * Each kind of bad input is reported with its file and reason, the good records of the same run
 * are kept, and nothing stored before is lost.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    LuceneStudyStore store;
    Ingester ingester;
    List<String> good;

    @BeforeEach
    void setUp() throws IOException {
        store = LuceneStudyStore.open(tmp.resolve("store"), MeshThesaurus.loadDefault());
        ingester = new Ingester(store, Gazetteer.loadDefault(), IngestOptions.quiet());
        good = Fixtures.v2Lines(12);
        // something stored before the bad run, which must survive it
        ingester.ingestPaths(
                List.of(Fixtures.write(tmp.resolve("before.jsonl"), String.join("\n", good.subList(0, 5)))));
        assertThat(store.count()).isEqualTo(5);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestSummary ingest(Path... paths) {
        return ingester.ingestPaths(List.of(paths));
    }

    private void assertEarlierDataKept() throws IOException {
        for (String s : good.subList(0, 5)) {
            assertThat(store.get(Fixtures.nctId(s))).isPresent();
        }
    }

    @Test
    void malformedJsonFile() throws IOException {
        Path bad = Fixtures.write(tmp.resolve("broken.json"), "{\"protocolSection\": {\"identificationModule\": ");
        Path ok = Fixtures.write(tmp.resolve("ok.json"), good.get(5));
        IngestSummary s = ingest(bad, ok);
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.rejections().get(0).origin()).contains("broken.json");
        assertThat(s.rejections().get(0).reason()).containsAnyOf("truncated", "malformed");
        assertEarlierDataKept();
    }

    @Test
    void malformedLineInJsonLinesKeepsTheOtherLines() throws IOException {
        Path f = Fixtures.write(tmp.resolve("mixed.jsonl"), good.get(5) + "\n{not json}\n" + good.get(6) + "\n");
        IngestSummary s = ingest(f);
        assertThat(s.added()).isEqualTo(2);
        assertThat(s.rejections()).singleElement().satisfies(r -> {
            assertThat(r.origin()).endsWith("mixed.jsonl:2");
            assertThat(r.reason()).contains("malformed JSON");
        });
    }

    @Test
    void studyWithoutNctId() throws IOException {
        String noId = Fixtures.tree(good.get(5)).deepCopy().toString().replaceFirst("\"nctId\":\"NCT\\d{8}\",?", "");
        IngestSummary s = ingest(Fixtures.write(tmp.resolve("noid.json"), noId));
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.rejections().get(0).reason()).contains("nctId");
        assertEarlierDataKept();
    }

    @Test
    void fieldOfTheWrongType() throws IOException {
        var tree = (ObjectNode) Fixtures.tree(good.get(5));
        ((ObjectNode) tree.at("/protocolSection/designModule/enrollmentInfo")).put("count", "many");
        IngestSummary s = ingest(
                Fixtures.write(tmp.resolve("wrongtype.json"), tree.toString()),
                Fixtures.write(tmp.resolve("ok.json"), good.get(6)));
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.rejections()).singleElement().satisfies(r -> {
            assertThat(r.origin()).contains("wrongtype.json");
            assertThat(r.reason()).contains("enrollmentInfo").contains("count");
        });
    }

    @Test
    void unknownEnumValue() throws IOException {
        String bad = good.get(5).replaceFirst("\"overallStatus\":\"[A-Z_]+\"", "\"overallStatus\":\"RECRUITNG\"");
        IngestSummary s = ingest(Fixtures.write(tmp.resolve("enum.jsonl"), bad + "\n" + good.get(6)));
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("overallStatus").contains("RECRUITNG"));
    }

    @Test
    void truncatedZipKeepsTheEntriesBeforeTheDamage() throws IOException {
        Path zip = Fixtures.bulkJsonZip(tmp.resolve("bulk.zip"), good.subList(5, 12));
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(tmp.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        IngestSummary s = ingest(truncated);
        assertThat(s.added()).isBetween(1L, 6L);
        assertThat(s.rejections()).anySatisfy(r -> {
            assertThat(r.origin()).contains("truncated.zip");
            assertThat(r.reason()).containsAnyOf("truncated", "corrupt");
        });
        assertEarlierDataKept();
    }

    @Test
    void truncatedGzip() throws IOException {
        Path gz = Fixtures.gzip(tmp.resolve("s.jsonl.gz"), String.join("\n", good.subList(5, 12)));
        byte[] bytes = Files.readAllBytes(gz);
        Path truncated = Files.write(tmp.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        IngestSummary s = ingest(truncated);
        assertThat(s.rejected()).isPositive();
        assertThat(s.rejections()).anySatisfy(r -> assertThat(r.origin()).contains("cut.jsonl.gz"));
        assertEarlierDataKept();
    }

    @Test
    void truncatedApiPageKeepsTheStudiesBeforeTheCut() throws IOException {
        String page = Fixtures.page(good.subList(5, 9), "token");
        String cut = page.substring(0, page.indexOf(good.get(8)) + good.get(8).length() / 2);
        IngestSummary s = ingest(Fixtures.write(tmp.resolve("page.json"), cut));
        assertThat(s.added()).isEqualTo(3);
        assertThat(s.rejections()).singleElement().satisfies(r -> {
            assertThat(r.origin()).contains("page.json");
            assertThat(r.reason()).contains("after 3 studies");
        });
        assertEarlierDataKept();
    }

    @Test
    void emptyFiles() throws IOException {
        IngestSummary s = ingest(
                Fixtures.write(tmp.resolve("empty.json"), ""),
                Fixtures.write(tmp.resolve("blank.jsonl"), "\n\n"),
                Files.write(tmp.resolve("empty.xml"), new byte[0]));
        assertThat(s.added()).isZero();
        assertThat(s.rejections()).anySatisfy(r -> {
            assertThat(r.origin()).contains("empty.json");
            assertThat(r.reason()).contains("empty");
        });
        assertThat(s.rejections()).anySatisfy(r -> assertThat(r.origin()).contains("empty.xml"));
        assertEarlierDataKept();
    }

    @Test
    void malformedXmlAndUnknownFileTypeInADirectory() throws IOException {
        Path dir = tmp.resolve("dir");
        Fixtures.write(dir.resolve("bad.xml"), "<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info>");
        Fixtures.write(dir.resolve("notes.txt"), "hello");
        Fixtures.write(dir.resolve("ok.json"), good.get(7));
        IngestSummary s = ingest(dir);
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.rejections()).anySatisfy(r -> assertThat(r.origin()).contains("bad.xml"));
        assertThat(s.rejections()).anySatisfy(r -> {
            assertThat(r.origin()).contains("notes.txt");
            assertThat(r.reason()).contains("not a ClinicalTrials.gov file");
        });
    }

    @Test
    void unreadableFileInADirectory() throws IOException {
        Path dir = tmp.resolve("dir");
        Fixtures.write(dir.resolve("ok.json"), good.get(8));
        // A dangling link cannot be read by anyone (root included, who ignores file permissions).
        Files.createSymbolicLink(dir.resolve("gone.json"), tmp.resolve("does-not-exist.json"));
        Path locked = Fixtures.write(dir.resolve("locked.json"), good.get(9));
        boolean permissionsApply = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        IngestSummary s = ingest(dir);
        assertThat(s.rejections()).anySatisfy(r -> assertThat(r.origin()).contains("gone.json"));
        if (permissionsApply) {
            assertThat(s.rejections()).anySatisfy(r -> assertThat(r.reason()).contains("not readable"));
        }
        assertThat(store.get(Fixtures.nctId(good.get(8)))).isPresent();
        assertEarlierDataKept();
    }

    @Test
    void missingPath() {
        IngestSummary s = ingest(tmp.resolve("nope.json"));
        assertThat(s.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("no such file"));
    }

    @Test
    void olderVersionDoesNotReplaceANewerStoredOne() throws IOException {
        var tree = (ObjectNode) Fixtures.tree(good.get(0));
        ((ObjectNode) tree.at("/protocolSection/statusModule/lastUpdatePostDateStruct")).put("date", "1999-01-01");
        ((ObjectNode) tree.at("/protocolSection/identificationModule")).put("briefTitle", "stale");
        IngestSummary s = ingest(Fixtures.write(tmp.resolve("old.json"), tree.toString()));
        assertThat(s.keptNewer()).isEqualTo(1);
        assertThat(store.get(Fixtures.nctId(good.get(0))).orElseThrow().study().briefTitle())
                .isNotEqualTo("stale");
    }
}
