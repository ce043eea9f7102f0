package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Publications and links. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record ReferencesModule(
        List<Reference> references,
        List<SeeAlsoLink> seeAlsoLinks,
        List<AvailIpd> availIpds,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ReferencesModule {
        references = Frozen.list(references);
        seeAlsoLinks = Frozen.list(seeAlsoLinks);
        availIpds = Frozen.list(availIpds);
        unknownFields = Frozen.map(unknownFields);
    }
}
