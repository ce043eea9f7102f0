package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Who the study is: its NCT number, older numbers, other ids and titles. Fields it does not know
 * are kept in {@code unknownFields} and written back.
 */
public record IdentificationModule(
        String nctId,
        List<String> nctIdAliases,
        OrgStudyIdInfo orgStudyIdInfo,
        List<SecondaryIdInfo> secondaryIdInfos,
        Organization organization,
        String briefTitle,
        String officialTitle,
        String acronym,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public IdentificationModule {
        nctIdAliases = Frozen.list(nctIdAliases);
        secondaryIdInfos = Frozen.list(secondaryIdInfos);
        unknownFields = Frozen.map(unknownFields);
    }
}
