package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.DateStruct;
import org.trialfinder.model.Frozen;

/**
 * When results first went through quality control with major comments (MCP = major comments
 * posted). Fields it does not know are kept in {@code unknownFields} and written back.
 */
public record FirstMcpInfo(
        DateStruct postDateStruct,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public FirstMcpInfo {
        unknownFields = Frozen.map(unknownFields);
    }
}
