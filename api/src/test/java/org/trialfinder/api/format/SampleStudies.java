package org.trialfinder.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.lucene.testing.SampleIndex;

/** The real records in {@code sample/}, each as its JSON tree and as a {@link Study}. */
final class SampleStudies {

    /** One record: the JSON as ClinicalTrials.gov wrote it, and the model read from it. */
    record Sample(JsonNode json, Study study) {
        String nctId() {
            return study.nctId();
        }

        /** A copy of the JSON for editing, e.g. to set another status. */
        ObjectNode copy() {
            return (ObjectNode) json.deepCopy();
        }
    }

    private static List<Sample> all;

    private SampleStudies() {}

    /** The 1,492 v2 records of {@code sample/ctgov-v2-sample.jsonl.gz}, in file order. */
    static synchronized List<Sample> all() {
        if (all == null) {
            List<Sample> samples = new ArrayList<>();
            try (InputStream in =
                            new GZIPInputStream(Files.newInputStream(sampleDir().resolve("ctgov-v2-sample.jsonl.gz")));
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        samples.add(of(StudyJson.mapper().readTree(line)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = List.copyOf(samples);
        }
        return all;
    }

    /** The record with this NCT id from the sample file. */
    static Sample byId(String nctId) {
        return all().stream()
                .filter(s -> nctId.equals(s.nctId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(nctId + " is not in the sample"));
    }

    /** {@code sample/NCT06751394.json}, the TRACER trial. */
    static Sample tracer() {
        try {
            return of(StudyJson.mapper().readTree(Files.readAllBytes(sampleDir().resolve("NCT06751394.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sample of(JsonNode json) {
        return new Sample(json, StudyJson.fromTree(json));
    }

    /** The repository's {@code sample/} folder (found as the store's test fixture finds it). */
    static Path sampleDir() {
        return SampleIndex.sampleDir();
    }
}
