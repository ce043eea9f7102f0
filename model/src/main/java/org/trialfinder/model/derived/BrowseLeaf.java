package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.BrowseLeafRelevance;

/**
 * A MeSH term the record was indexed under, with the text it was found from. Fields it does not
 * know are kept in {@code unknownFields} and written back.
 */
public record BrowseLeaf(
        String id,
        String name,
        String asFound,
        BrowseLeafRelevance relevance,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public BrowseLeaf {
        unknownFields = Frozen.map(unknownFields);
    }
}
