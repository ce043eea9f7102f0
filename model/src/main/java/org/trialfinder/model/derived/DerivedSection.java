package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * What ClinicalTrials.gov computed from the record rather than what the sponsor entered. Fields it
 * does not know are kept in {@code unknownFields} and written back.
 */
public record DerivedSection(
        MiscInfoModule miscInfoModule,
        BrowseModule conditionBrowseModule,
        BrowseModule interventionBrowseModule,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public DerivedSection {
        unknownFields = Frozen.map(unknownFields);
    }
}
