package org.trialfinder.model.annotation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * FDAAA 801 violations. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record ViolationAnnotation(
        List<ViolationEvent> violationEvents,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ViolationAnnotation {
        violationEvents = Frozen.list(violationEvents);
        unknownFields = Frozen.map(unknownFields);
    }
}
