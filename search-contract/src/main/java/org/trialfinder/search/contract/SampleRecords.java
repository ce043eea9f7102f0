package org.trialfinder.search.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.GeoMatch;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StudyDocument;

/**
 * The real v2 sample ({@code sample/ctgov-v2-sample.jsonl.gz}, 1,492 records, and {@code sample/NCT06751394.json})
 * and its stored form, as every engine's sample writes it: sites without a {@code geoPoint} get coordinates from
 * the gazetteer, as ingest gives them.
 */
public final class SampleRecords {
    private SampleRecords() {}

    /** Every sample record as read from the files, in file order. */
    public static List<JsonNode> read() {
        Path sample = sampleDir();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(sample.resolve("ctgov-v2-sample.jsonl.gz")));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(StudyJson.mapper().readTree(line));
                }
            }
            out.add(StudyJson.mapper().readTree(Files.readAllBytes(sample.resolve("NCT06751394.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample in " + sample, e);
        }
        return out;
    }

    /** The stored form of a record: its compact JSON, and gazetteer coordinates for sites without a geoPoint. */
    public static StudyDocument document(JsonNode record, Gazetteer gazetteer) {
        Study study = StudyJson.fromTree(record);
        List<DerivedGeoPoint> derived = new ArrayList<>();
        List<Location> locations = study.locations();
        for (int i = 0; i < locations.size(); i++) {
            Location site = locations.get(i);
            if (site.geoPoint() == null) {
                int index = i;
                gazetteer
                        .geocodeSite(site.city(), site.state(), site.zip(), site.country())
                        .ifPresent((GeoMatch m) -> derived.add(new DerivedGeoPoint(
                                index, m.lat(), m.lon(), m.precision().name(), m.matchedPlace())));
            }
        }
        try {
            byte[] json = StudyJson.mapper().writeValueAsBytes(record);
            return new StudyDocument(study, json, derived, SourceForm.API_V2, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's {@code sample/} folder, found from the module's working directory. */
    public static Path sampleDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("sample");
            if (Files.isRegularFile(candidate.resolve("ctgov-v2-sample.jsonl.gz"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "sample/ctgov-v2-sample.jsonl.gz not found above " + Path.of("").toAbsolutePath());
    }
}
