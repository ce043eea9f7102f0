package org.trialfinder.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.trialfinder.model.StudyJson;

/**
 * A study's {@code protocolSection.contactsLocationsModule.locations} read from its stored JSON
 * without building the rest of the record: the nearest site of each hit of a search by place needs
 * only the sites, and the other modules (descriptions, eligibility, results) are most of the bytes.
 * (Every engine's {@link NearestSites}.)
 */
final class StudyLocations {
    private static final List<String> PATH = List.of("protocolSection", "contactsLocationsModule", "locations");
    /** The array is read in the middle of the record: what follows it is not "trailing". */
    private static final ObjectReader TREES =
            StudyJson.mapper().readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StudyLocations() {}

    /** The sites as a JSON array, or a missing node when the study lists none. */
    static JsonNode of(byte[] json) {
        try (JsonParser p = StudyJson.mapper().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return MissingNode.getInstance();
            }
            for (int depth = 0; depth < PATH.size(); depth++) {
                if (!enter(p, PATH.get(depth))) {
                    return MissingNode.getInstance();
                }
            }
            JsonNode locations = TREES.readTree(p);
            return locations == null ? MissingNode.getInstance() : locations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves the parser, inside an object, to the value of {@code key}, skipping the other members;
     * false when the object has no such member or its value is not a container.
     */
    private static boolean enter(JsonParser p, String key) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(key)) {
                return value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY;
            }
            p.skipChildren();
        }
        return false;
    }
}
