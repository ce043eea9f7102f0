package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.ResponsiblePartyType;

/**
 * Who is accountable for the registration: the sponsor or a named investigator. Fields it does not
 * know are kept in {@code unknownFields} and written back.
 */
public record ResponsibleParty(
        ResponsiblePartyType type,
        String investigatorFullName,
        String investigatorTitle,
        String investigatorAffiliation,
        String oldNameTitle,
        String oldOrganization,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ResponsibleParty {
        unknownFields = Frozen.map(unknownFields);
    }
}
