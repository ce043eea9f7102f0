package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * A web link the sponsor added. Fields it does not know are kept in {@code unknownFields} and
 * written back.
 */
public record SeeAlsoLink(
        String label,
        String url,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public SeeAlsoLink {
        unknownFields = Frozen.map(unknownFields);
    }
}
