package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Arms and interventions. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record ArmsInterventionsModule(
        List<ArmGroup> armGroups,
        List<Intervention> interventions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ArmsInterventionsModule {
        armGroups = Frozen.list(armGroups);
        interventions = Frozen.list(interventions);
        unknownFields = Frozen.map(unknownFields);
    }
}
