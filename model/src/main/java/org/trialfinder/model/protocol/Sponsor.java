package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.AgencyClass;

/**
 * A lead sponsor or a collaborator. JSON {@code class} is {@code agencyClass} here because {@code
 * class} is a Java keyword. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record Sponsor(
        String name,
        @JsonProperty("class") AgencyClass agencyClass,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Sponsor {
        unknownFields = Frozen.map(unknownFields);
    }
}
