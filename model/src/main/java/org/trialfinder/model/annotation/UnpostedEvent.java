package org.trialfinder.model.annotation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.UnpostedEventType;

/**
 * A quality-control event on results that are not yet posted. Fields it does not know are kept in
 * {@code unknownFields} and written back.
 */
public record UnpostedEvent(
        UnpostedEventType type,
        String date,
        Boolean dateUnknown,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public UnpostedEvent {
        unknownFields = Frozen.map(unknownFields);
    }
}
