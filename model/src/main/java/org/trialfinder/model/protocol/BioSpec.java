package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.BioSpecRetention;

/**
 * Biospecimens an observational study keeps. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record BioSpec(
        BioSpecRetention retention,
        String description,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public BioSpec {
        unknownFields = Frozen.map(unknownFields);
    }
}
