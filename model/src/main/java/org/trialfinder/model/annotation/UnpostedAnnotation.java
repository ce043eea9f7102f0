package org.trialfinder.model.annotation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Results submitted but not yet posted. Fields it does not know are kept in {@code unknownFields}
 * and written back.
 */
public record UnpostedAnnotation(
        String unpostedResponsibleParty,
        List<UnpostedEvent> unpostedEvents,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public UnpostedAnnotation {
        unpostedEvents = Frozen.list(unpostedEvents);
        unknownFields = Frozen.map(unknownFields);
    }
}
