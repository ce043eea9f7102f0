package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * A MeSH descriptor: id ("D009369") and term ("Neoplasms"). Fields it does not know are kept in
 * {@code unknownFields} and written back.
 */
public record Mesh(
        String id,
        String term,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Mesh {
        unknownFields = Frozen.map(unknownFields);
    }
}
