package org.trialfinder.search.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The MeSH ids ClinicalTrials.gov assigns to real studies resolve in the shipped thesaurus. */
class CtgovMeshCoverageTest {

    private static final MeshThesaurus MESH = MeshThesaurus.loadDefault();

    private static List<String> meshIds(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode meshes = json.readTree(line)
                        .path("derivedSection")
                        .path("conditionBrowseModule")
                        .path("meshes");
                for (JsonNode m : meshes) {
                    ids.add(m.path("id").asText());
                }
            }
        }
        return ids;
    }

    private static void assertResolves(Path file) throws IOException {
        List<String> ids = meshIds(file);
        assertThat(ids).hasSizeGreaterThan(1000);
        List<String> missing =
                ids.stream().filter(id -> MESH.byId(id).isEmpty()).toList();
        double share = 1.0 - (double) missing.size() / ids.size();
        System.out.printf(
                "%s: %d of %d mesh ids resolve (%.2f%%); missing %s%n",
                file, ids.size() - missing.size(), ids.size(), 100 * share, missing);
        assertThat(share).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void sharedV2StudiesResolve() throws IOException {
        Path file = Path.of("/work/shared/data/ctgov-v2/ctgov-v2-studies.jsonl.gz");
        assumeTrue(Files.isReadable(file), "shared data not available");
        assertResolves(file);
    }

    @Test
    void bundledSampleResolves() throws IOException {
        Path file = Path.of("../sample/ctgov-v2-sample.jsonl.gz");
        assumeTrue(
                Files.isReadable(file),
                "bundled sample not found from " + Path.of("").toAbsolutePath());
        assertResolves(file);
    }
}
