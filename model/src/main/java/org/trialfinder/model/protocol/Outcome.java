package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * A planned outcome measure. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record Outcome(
        String measure,
        String description,
        String timeFrame,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Outcome {
        unknownFields = Frozen.map(unknownFields);
    }
}
