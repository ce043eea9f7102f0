package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Bookkeeping: the data version, countries removed from the site list, pending submissions, model
 * predictions. Fields it does not know are kept in {@code unknownFields} and written back.
 */
public record MiscInfoModule(
        String versionHolder,
        SubmissionTracking submissionTracking,
        List<String> removedCountries,
        ModelPredictions modelPredictions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public MiscInfoModule {
        removedCountries = Frozen.list(removedCountries);
        unknownFields = Frozen.map(unknownFields);
    }
}
