package org.trialfinder.model.annotation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * ClinicalTrials.gov annotations on the record. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record AnnotationSection(
        AnnotationModule annotationModule,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public AnnotationSection {
        unknownFields = Frozen.map(unknownFields);
    }
}
