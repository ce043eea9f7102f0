package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.IpdSharing;
import org.trialfinder.model.vocab.IpdSharingInfoType;

/**
 * Whether and how individual participant data will be shared. Fields it does not know are kept in
 * {@code unknownFields} and written back.
 */
public record IpdSharingStatementModule(
        IpdSharing ipdSharing,
        String description,
        List<IpdSharingInfoType> infoTypes,
        String timeFrame,
        String accessCriteria,
        String url,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public IpdSharingStatementModule {
        infoTypes = Frozen.list(infoTypes);
        unknownFields = Frozen.map(unknownFields);
    }
}
