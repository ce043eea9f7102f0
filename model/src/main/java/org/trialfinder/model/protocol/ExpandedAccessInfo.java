package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.ExpandedAccessStatus;

/**
 * Whether the investigational product is also available outside the trial, and under which
 * expanded-access record. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record ExpandedAccessInfo(
        Boolean hasExpandedAccess,
        String nctId,
        ExpandedAccessStatus statusForNctId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ExpandedAccessInfo {
        unknownFields = Frozen.map(unknownFields);
    }
}
