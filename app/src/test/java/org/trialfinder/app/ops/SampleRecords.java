package org.trialfinder.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.trialfinder.model.StudyJson;

/** Real records of the bundled sample, and changed versions of them as ClinicalTrials.gov would post them. */
public final class SampleRecords {
    private static final Path SAMPLE =
            Path.of("..", "sample", "ctgov-v2-sample.jsonl.gz").toAbsolutePath();

    private SampleRecords() {}

    /** The first {@code n} records of the sample. */
    public static List<JsonNode> first(int n) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(SAMPLE)), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                out.add(StudyJson.mapper().readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The record as updated on {@code posted}: a new last-update date and a title that says so. */
    public static JsonNode changed(JsonNode record, LocalDate posted) {
        ObjectNode copy = record.deepCopy();
        ((ObjectNode) copy.at("/protocolSection/statusModule/lastUpdatePostDateStruct")).put("date", posted.toString());
        ObjectNode ident = (ObjectNode) copy.at("/protocolSection/identificationModule");
        ident.put("briefTitle", ident.path("briefTitle").asText() + " (changed " + posted + ")");
        return copy;
    }

    public static String id(JsonNode record) {
        return record.at("/protocolSection/identificationModule/nctId").asText();
    }

    public static String title(JsonNode record) {
        return record.at("/protocolSection/identificationModule/briefTitle").asText();
    }

    /** Writes records as JSON Lines, the form {@code trialfinder ingest} reads. */
    public static Path jsonl(Path file, List<JsonNode> records) {
        List<String> lines = new ArrayList<>();
        for (JsonNode r : records) {
            lines.add(r.toString());
        }
        try {
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
