package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.DesignAllocation;
import org.trialfinder.model.vocab.InterventionalAssignment;
import org.trialfinder.model.vocab.ObservationalModel;
import org.trialfinder.model.vocab.PrimaryPurpose;
import org.trialfinder.model.vocab.TimePerspective;

/**
 * How the study is designed: allocation, model, purpose, masking; interventional and observational
 * fields share this struct. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record DesignInfo(
        DesignAllocation allocation,
        InterventionalAssignment interventionModel,
        String interventionModelDescription,
        PrimaryPurpose primaryPurpose,
        ObservationalModel observationalModel,
        TimePerspective timePerspective,
        MaskingInfo maskingInfo,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public DesignInfo {
        unknownFields = Frozen.map(unknownFields);
    }
}
