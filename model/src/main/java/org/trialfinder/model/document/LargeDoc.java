package org.trialfinder.model.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * An uploaded protocol, statistical analysis plan or consent form. Fields it does not know are
 * kept in {@code unknownFields} and written back.
 */
public record LargeDoc(
        String typeAbbrev,
        Boolean hasProtocol,
        Boolean hasSap,
        Boolean hasIcf,
        String label,
        String date,
        String uploadDate,
        String filename,
        Long size,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public LargeDoc {
        unknownFields = Frozen.map(unknownFields);
    }
}
