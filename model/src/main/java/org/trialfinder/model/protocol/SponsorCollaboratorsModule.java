package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Who runs and who supports the study. Fields it does not know are kept in {@code unknownFields}
 * and written back.
 */
public record SponsorCollaboratorsModule(
        ResponsibleParty responsibleParty,
        Sponsor leadSponsor,
        List<Sponsor> collaborators,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public SponsorCollaboratorsModule {
        collaborators = Frozen.list(collaborators);
        unknownFields = Frozen.map(unknownFields);
    }
}
