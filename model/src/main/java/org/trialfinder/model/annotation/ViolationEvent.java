package org.trialfinder.model.annotation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.ViolationEventType;

/**
 * An FDAAA 801 violation event recorded by the FDA. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record ViolationEvent(
        ViolationEventType type,
        String description,
        String creationDate,
        String issuedDate,
        String releaseDate,
        String postedDate,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ViolationEvent {
        unknownFields = Frozen.map(unknownFields);
    }
}
