package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.studies.StudiesApi;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.lucene.LuceneBackend;

/**
 * Stored records with hostile free text (CSV separators, quotes, line breaks, spreadsheet formulas
 * such as {@code =cmd|' /C calc'!A0}), served by {@code GET /api/v2/studies?format=csv} from a
 * real store: one well-formed record per study, its title whole, and no cell a spreadsheet would
 * run.
 */
class HostileStudiesCsvApiTest {

    private static final List<String> HOSTILE_TITLES = List.of(
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://example.org/x\",\"Click\")",
            "+SUM(1,2)",
            "-2+3+cmd|' /C notepad'!A0",
            "@SUM(A1:A9)",
            "\t=1+1",
            "\r\n=1+1",
            "A \"quoted\", comma'd title",
            "line one\nline two\r\nline three",
            ",,,",
            "\"");

    @TempDir
    static Path dir;

    private static LuceneBackend backend;
    private static StudiesApi api;

    @BeforeAll
    static void storeHostileStudies() throws Exception {
        backend = LuceneBackend.open(
                dir, MeshThesaurus.loadDefault(), Synonyms.NONE, new PrintStream(OutputStream.nullOutputStream()));
        try (StoreWriter writer = backend.store().openWriter()) {
            for (int i = 0; i < HOSTILE_TITLES.size(); i++) {
                ObjectNode json = SampleStudies.tracer().copy();
                ObjectNode id = (ObjectNode) json.at("/protocolSection/identificationModule");
                id.put("nctId", nctId(i));
                id.put("briefTitle", HOSTILE_TITLES.get(i));
                id.put("acronym", HOSTILE_TITLES.get(i));
                ((ObjectNode) json.at("/protocolSection/conditionsModule"))
                        .putArray("conditions")
                        .add("@" + HOSTILE_TITLES.get(i))
                        .add("Rectal Cancer");
                writer.upsert(new StudyDocument(
                        StudyJson.fromTree(json),
                        StudyJson.mapper().writeValueAsBytes(json),
                        List.of(),
                        SourceForm.API_V2));
            }
            writer.commit(Map.of(StoreMetadata.DATA_TIMESTAMP, Instant.now().toString()));
        }
        api = new StudiesApi(backend.store(), backend.search(), new PlaceResolver(Gazetteer.loadDefault()));
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    @Test
    void eachStoredStudyIsOneRecordWithItsTitleWholeAndNoFormula() {
        for (Map<String, List<String>> query : List.of(
                query("format", "csv", "fields", "NCT Number|Study Title|Acronym|Conditions", "pageSize", "100"),
                query("format", "csv", "pageSize", "100"))) {
            ApiResponse r = api.list(query);
            assertThat(r.status()).isEqualTo(200);
            String text = new String(r.body(), StandardCharsets.UTF_8);
            List<List<String>> parsed = LibraryCsvReader.read(text);
            assertThat(CsvReader.read(text)).isEqualTo(parsed);

            assertThat(parsed).hasSize(HOSTILE_TITLES.size() + 1);
            List<String> header = parsed.get(0);
            List<String> ids = new ArrayList<>();
            for (List<String> record : parsed.subList(1, parsed.size())) {
                assertThat(record).hasSameSizeAs(header);
                String id = record.get(header.indexOf("NCT Number"));
                ids.add(id);
                String title = HOSTILE_TITLES.get(Integer.parseInt(id.substring(3)) - 1);
                assertThat(record.get(header.indexOf("Study Title"))).isEqualTo(ExpectedCsv.spreadsheetSafe(title));
                assertThat(record.get(header.indexOf("Acronym"))).isEqualTo(ExpectedCsv.spreadsheetSafe(title));
                assertThat(record.get(header.indexOf("Conditions"))).isEqualTo("'@" + title + "|Rectal Cancer");
                for (String cell : record) {
                    assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                            .as("cell %s of %s starts like a formula", cell, id)
                            .isTrue();
                }
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(HOSTILE_TITLES.size());
        }
    }

    private static String nctId(int i) {
        return String.format("NCT%08d", i + 1);
    }

    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            q.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return q;
    }
}
