package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Which kinds of expanded access an expanded-access record offers. Fields it does not know are
 * kept in {@code unknownFields} and written back.
 */
public record ExpandedAccessTypes(
        Boolean individual,
        Boolean intermediate,
        Boolean treatment,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ExpandedAccessTypes {
        unknownFields = Frozen.map(unknownFields);
    }
}
