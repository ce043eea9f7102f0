package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.ArmGroupType;

/**
 * One arm (or, in observational studies, group/cohort) and the interventions it receives. Fields
 * it does not know are kept in {@code unknownFields} and written back.
 */
public record ArmGroup(
        String label,
        ArmGroupType type,
        String description,
        List<String> interventionNames,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ArmGroup {
        interventionNames = Frozen.list(interventionNames);
        unknownFields = Frozen.map(unknownFields);
    }
}
