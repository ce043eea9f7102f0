package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.SamplingMethod;
import org.trialfinder.model.vocab.Sex;
import org.trialfinder.model.vocab.StandardAge;

/**
 * Who may take part. Ages stay the text ClinicalTrials.gov wrote ("18 Years"); the criteria are
 * free text. Fields it does not know are kept in {@code unknownFields} and written back.
 */
public record EligibilityModule(
        String eligibilityCriteria,
        Boolean healthyVolunteers,
        Sex sex,
        Boolean genderBased,
        String genderDescription,
        String minimumAge,
        String maximumAge,
        List<StandardAge> stdAges,
        String studyPopulation,
        SamplingMethod samplingMethod,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public EligibilityModule {
        stdAges = Frozen.list(stdAges);
        unknownFields = Frozen.map(unknownFields);
    }
}
