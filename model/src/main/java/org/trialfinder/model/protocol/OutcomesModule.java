package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Planned primary, secondary and other outcome measures. Fields it does not know are kept in
 * {@code unknownFields} and written back.
 */
public record OutcomesModule(
        List<Outcome> primaryOutcomes,
        List<Outcome> secondaryOutcomes,
        List<Outcome> otherOutcomes,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public OutcomesModule {
        primaryOutcomes = Frozen.list(primaryOutcomes);
        secondaryOutcomes = Frozen.list(secondaryOutcomes);
        otherOutcomes = Frozen.list(otherOutcomes);
        unknownFields = Frozen.map(unknownFields);
    }
}
