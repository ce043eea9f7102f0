package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.OfficialRole;

/**
 * An overall official: principal investigator, study chair or director. Fields it does not know
 * are kept in {@code unknownFields} and written back.
 */
public record Official(
        String name,
        String affiliation,
        OfficialRole role,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Official {
        unknownFields = Frozen.map(unknownFields);
    }
}
