package org.trialfinder.model.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Uploaded study documents. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record LargeDocumentModule(
        Boolean noSap,
        List<LargeDoc> largeDocs,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public LargeDocumentModule {
        largeDocs = Frozen.list(largeDocs);
        unknownFields = Frozen.map(unknownFields);
    }
}
