package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Values ClinicalTrials.gov predicted with a model rather than read from the registration. Fields
 * it does not know are kept in {@code unknownFields} and written back.
 */
public record ModelPredictions(
        BmiLimits bmiLimits, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ModelPredictions {
        unknownFields = Frozen.map(unknownFields);
    }
}
