package org.trialfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.lucene.LuceneStudyStore;

/**
 * The foundation's acceptance on the full shared record sets (skipped where ../shared is absent,
 * e.g. a fresh clone on a new machine; CI has it): all 6,785 legacy records from the zip as it is,
 * then the 1,492 v2 records on top: 8,271 distinct studies, each v2 record read back unchanged,
 * through the store and through the record model.
 */
class SharedCorpusIngestTest {
    static final Path LEGACY_ZIP = Fixtures.SHARED_DATA.resolve("ctgov-legacy-xml-2023.zip");
    static final Path V2_GZ = Fixtures.SHARED_DATA.resolve("ctgov-v2/ctgov-v2-studies.jsonl.gz");

    @TempDir
    Path tmp;

    @Test
    void legacyZipThenV2RecordsGiveEveryDistinctStudyAndV2ComesBackAsGiven() throws IOException {
        assumeTrue(Files.exists(LEGACY_ZIP) && Files.exists(V2_GZ), "shared data set not present");
        try (var store = LuceneStudyStore.open(tmp.resolve("store"), MeshThesaurus.loadDefault())) {
            Ingester ingester = new Ingester(store, Gazetteer.loadDefault(), IngestOptions.quiet());

            IngestSummary legacy = ingester.ingestPaths(List.of(LEGACY_ZIP));
            assertThat(legacy.rejections()).isEmpty();
            assertThat(legacy.added()).isEqualTo(6785);
            assertThat(store.count()).isEqualTo(6785);

            IngestSummary v2 = ingester.ingestPaths(List.of(V2_GZ));
            assertThat(v2.rejections()).isEmpty();
            assertThat(store.count()).isEqualTo(8271);
            assertThat(v2.added()).isEqualTo(1486);
            assertThat(v2.updated() + v2.keptNewer()).isEqualTo(6);

            Set<String> seen = new HashSet<>();
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(Files.newInputStream(V2_GZ)), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode input = StudyJson.mapper().readTree(line);
                    String id = input.at("/protocolSection/identificationModule/nctId")
                            .asText();
                    seen.add(id);
                    var stored = store.get(id).orElseThrow();
                    JsonNode storedTree = StudyJson.mapper().readTree(stored.json());
                    if (v2.keptNewer() == 0 || storedTree.equals(input)) {
                        assertThat(storedTree).as(id + " as stored").isEqualTo(input);
                        assertThat(StudyJson.toTree(stored.study()))
                                .as(id + " through the record model")
                                .isEqualTo(input);
                    }
                }
            }
            assertThat(seen).hasSize(1492);

            IngestSummary again = ingester.ingestPaths(List.of(LEGACY_ZIP, V2_GZ));
            assertThat(again.added() + again.updated() + again.rejected())
                    .as(again.toString())
                    .isZero();
            assertThat(store.count()).isEqualTo(8271);
        }
    }
}
