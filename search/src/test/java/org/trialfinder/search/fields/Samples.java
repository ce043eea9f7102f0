package org.trialfinder.search.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.trialfinder.model.StudyJson;

/** The real ClinicalTrials.gov records bundled in {@code sample/}. */
final class Samples {
    static final Path SAMPLE = Path.of("..", "sample");

    private static List<JsonNode> all;

    private Samples() {}

    /** All 1,492 v2 records of the sample. */
    static synchronized List<JsonNode> v2() {
        if (all == null) {
            List<JsonNode> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(SAMPLE.resolve("ctgov-v2-sample.jsonl.gz"))),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) out.add(StudyJson.mapper().readTree(line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = List.copyOf(out);
        }
        return all;
    }

    static JsonNode study(String nctId) {
        if (nctId.equals("NCT06751394")) {
            try {
                return StudyJson.mapper()
                        .readTree(SAMPLE.resolve("NCT06751394.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (JsonNode s : v2()) {
            if (nctId.equals(s.path("protocolSection")
                    .path("identificationModule")
                    .path("nctId")
                    .asText())) return s;
        }
        throw new IllegalArgumentException(nctId + " is not in the sample");
    }
}
