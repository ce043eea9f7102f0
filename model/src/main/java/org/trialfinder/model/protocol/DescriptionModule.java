package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * The brief summary and the detailed description (Markdown by default). Fields it does not know
 * are kept in {@code unknownFields} and written back.
 */
public record DescriptionModule(
        String briefSummary,
        String detailedDescription,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public DescriptionModule {
        unknownFields = Frozen.map(unknownFields);
    }
}
