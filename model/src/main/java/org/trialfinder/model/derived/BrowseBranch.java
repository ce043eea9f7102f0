package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * A top-level browse category ("BC04", "Neoplasms"). Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record BrowseBranch(
        String abbrev,
        String name,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public BrowseBranch {
        unknownFields = Frozen.map(unknownFields);
    }
}
