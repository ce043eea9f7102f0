package org.trialfinder.search.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.store.StudyStore;

/**
 * One engine's store over the whole v2 sample ({@link SampleRecords}), written once per test JVM, with its search
 * built the way the app builds it (the app's condition synonyms). The contracts ask only this of an engine; their
 * expected answers come from {@link #records()}, scanned as plain JSON (no index, no field catalog).
 */
public interface EngineSample {
    StudyStore store();

    /** The search with the app's condition synonyms and the engine's default geoDecay limit. */
    StudySearch search();

    /** A search over the same store with these synonyms and another geoDecay limit (matches counted before decay). */
    StudySearch searchWithDecayLimit(Synonyms synonyms, int decayLimit);

    StudySummaries summaries();

    /** Every stored study, as stored, by NCT id. */
    Map<String, JsonNode> records();

    /** The stored record of this id (not an alias). */
    default JsonNode record(String nctId) {
        JsonNode r = records().get(nctId);
        if (r == null) {
            throw new AssertionError(nctId + " is not stored");
        }
        return r;
    }
}
