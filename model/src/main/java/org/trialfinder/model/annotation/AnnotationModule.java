package org.trialfinder.model.annotation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Notes ClinicalTrials.gov adds about submissions and violations. Fields it does not know are kept
 * in {@code unknownFields} and written back.
 */
public record AnnotationModule(
        UnpostedAnnotation unpostedAnnotation,
        ViolationAnnotation violationAnnotation,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public AnnotationModule {
        unknownFields = Frozen.map(unknownFields);
    }
}
