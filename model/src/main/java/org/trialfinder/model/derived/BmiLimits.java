package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Body-mass-index bounds ClinicalTrials.gov predicted from the eligibility text. {@link
 * BigDecimal} keeps 18 and 18.5 as written. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record BmiLimits(
        BigDecimal minBmi,
        BigDecimal maxBmi,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public BmiLimits {
        unknownFields = Frozen.map(unknownFields);
    }
}
