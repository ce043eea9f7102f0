package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Regulatory oversight: data monitoring committee and FDA regulation flags. Fields it does not
 * know are kept in {@code unknownFields} and written back.
 */
public record OversightModule(
        Boolean oversightHasDmc,
        Boolean isFdaRegulatedDrug,
        Boolean isFdaRegulatedDevice,
        Boolean isUnapprovedDevice,
        Boolean isPpsd,
        Boolean isUsExport,
        Boolean fdaaa801Violation,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public OversightModule {
        unknownFields = Frozen.map(unknownFields);
    }
}
