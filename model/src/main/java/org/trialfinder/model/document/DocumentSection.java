package org.trialfinder.model.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Documents attached to the record. Fields it does not know are kept in {@code unknownFields} and
 * written back.
 */
public record DocumentSection(
        LargeDocumentModule largeDocumentModule,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public DocumentSection {
        unknownFields = Frozen.map(unknownFields);
    }
}
