package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * An available participant-data set or document. Its {@code type} is free text ("Study Protocol").
 * Fields it does not know are kept in {@code unknownFields} and written back.
 */
public record AvailIpd(
        String id,
        String type,
        String url,
        String comment,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public AvailIpd {
        unknownFields = Frozen.map(unknownFields);
    }
}
