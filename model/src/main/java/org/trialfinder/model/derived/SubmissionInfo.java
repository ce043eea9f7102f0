package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * One round of results submission and quality control. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record SubmissionInfo(
        String releaseDate,
        String unreleaseDate,
        Boolean unreleaseDateUnknown,
        String resetDate,
        Integer mcpReleaseN,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public SubmissionInfo {
        unknownFields = Frozen.map(unknownFields);
    }
}
