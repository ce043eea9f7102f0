package org.trialfinder.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.trialfinder.model.StudyJson;

/** Real records from the repo's sample, written out in every form ClinicalTrials.gov data comes in. */
final class Fixtures {
    static final Path SAMPLE = Path.of("..", "sample");
    static final Path V2_SAMPLE = SAMPLE.resolve("ctgov-v2-sample.jsonl.gz");
    static final Path LEGACY_SAMPLE = SAMPLE.resolve("ctgov-legacy-sample.zip");
    static final Path SHARED_DATA = Path.of("..", "..", "shared", "data");

    private Fixtures() {}

    /** The first {@code n} real v2 records of the sample, as JSON lines. */
    static List<String> v2Lines(int n) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(V2_SAMPLE)), StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < n && (line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    static JsonNode tree(String json) throws IOException {
        return StudyJson.mapper().readTree(json);
    }

    static String nctId(String json) throws IOException {
        return tree(json).at("/protocolSection/identificationModule/nctId").asText();
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, content);
    }

    static Path gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A bulk-download style zip: one NCTnnnnnnnn.json per study in shard folders NCTnnnnxxxx/. */
    static Path bulkJsonZip(Path file, List<String> studies) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String s : studies) {
                String id = nctId(s);
                zip.putNextEntry(new ZipEntry(id.substring(0, 7) + "xxxx/" + id + ".json"));
                zip.write(s.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The first {@code n} legacy XML documents of the sample zip, as (entry name, bytes). */
    static List<Entry<String, byte[]>> legacyXml(int n) throws IOException {
        List<Entry<String, byte[]>> out = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(LEGACY_SAMPLE))) {
            ZipEntry e;
            while (out.size() < n && (e = zip.getNextEntry()) != null) {
                if (!e.isDirectory() && e.getName().endsWith(".xml")) {
                    out.add(Map.entry(e.getName(), zip.readAllBytes()));
                }
            }
        }
        return out;
    }

    static String page(List<String> studies, String nextPageToken) {
        return "{\"studies\":[" + String.join(",", studies) + "]"
                + (nextPageToken == null ? "" : ",\"nextPageToken\":\"" + nextPageToken + "\"") + "}";
    }
}
