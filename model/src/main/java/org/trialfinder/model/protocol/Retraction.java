package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * A retraction notice PubMed links to a reference. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record Retraction(
        String pmid,
        String source,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Retraction {
        unknownFields = Frozen.map(unknownFields);
    }
}
