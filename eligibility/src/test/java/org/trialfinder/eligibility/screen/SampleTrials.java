package org.trialfinder.eligibility.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/** Real trials of the repository's v2 sample, by NCT id, for tests that screen patients against them. */
final class SampleTrials {
    private static final Path SAMPLE = Path.of("../sample/ctgov-v2-sample.jsonl.gz");

    private SampleTrials() {}

    /** The trials with these ids; fails when one is missing, so a test never runs on fewer than it names. */
    static Map<String, Study> byId(String... ids) {
        Set<String> wanted = Set.of(ids);
        Map<String, Study> found = new HashMap<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(SAMPLE)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && found.size() < wanted.size(); line = r.readLine()) {
                // only the records that name a wanted id are parsed
                if (wanted.stream().anyMatch(line::contains)) {
                    Study s = StudyJson.parse(line.getBytes(StandardCharsets.UTF_8));
                    if (wanted.contains(s.nctId())) {
                        found.put(s.nctId(), s);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found.keySet().equals(wanted)) {
            throw new IllegalStateException("not in the sample: "
                    + wanted.stream().filter(id -> !found.containsKey(id)).toList());
        }
        return found;
    }
}
