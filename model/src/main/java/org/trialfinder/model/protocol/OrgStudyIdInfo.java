package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.OrgStudyIdType;

/**
 * The sponsor's own identifier for the study. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record OrgStudyIdInfo(
        String id,
        OrgStudyIdType type,
        String link,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public OrgStudyIdInfo {
        unknownFields = Frozen.map(unknownFields);
    }
}
