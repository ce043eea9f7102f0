package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.SecondaryIdType;

/**
 * Another identifier of the study: a grant number, a EudraCT number, another registry id. Fields
 * it does not know are kept in {@code unknownFields} and written back.
 */
public record SecondaryIdInfo(
        String id,
        SecondaryIdType type,
        String link,
        String domain,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public SecondaryIdInfo {
        unknownFields = Frozen.map(unknownFields);
    }
}
