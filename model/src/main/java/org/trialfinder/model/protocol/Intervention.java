package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.InterventionType;

/**
 * One intervention and the arms that receive it. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record Intervention(
        InterventionType type,
        String name,
        String description,
        List<String> armGroupLabels,
        List<String> otherNames,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Intervention {
        armGroupLabels = Frozen.list(armGroupLabels);
        otherNames = Frozen.list(otherNames);
        unknownFields = Frozen.map(unknownFields);
    }
}
