package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * The conditions studied and the keywords, as the sponsor wrote them. Fields it does not know are
 * kept in {@code unknownFields} and written back.
 */
public record ConditionsModule(
        List<String> conditions,
        List<String> keywords,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ConditionsModule {
        conditions = Frozen.list(conditions);
        keywords = Frozen.list(keywords);
        unknownFields = Frozen.map(unknownFields);
    }
}
