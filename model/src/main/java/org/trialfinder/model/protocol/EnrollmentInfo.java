package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.EnrollmentType;

/**
 * How many participants, and whether that number is actual or the target. Fields it does not know
 * are kept in {@code unknownFields} and written back.
 */
public record EnrollmentInfo(
        Integer count,
        EnrollmentType type,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public EnrollmentInfo {
        unknownFields = Frozen.map(unknownFields);
    }
}
