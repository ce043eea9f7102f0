package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.ReferenceType;

/**
 * A publication about the study. Fields it does not know are kept in {@code unknownFields} and
 * written back.
 */
public record Reference(
        String pmid,
        ReferenceType type,
        String citation,
        List<Retraction> retractions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Reference {
        retractions = Frozen.list(retractions);
        unknownFields = Frozen.map(unknownFields);
    }
}
