package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.ContactRole;

/**
 * A person to contact, centrally or at a site. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record Contact(
        String name,
        ContactRole role,
        String phone,
        String phoneExt,
        String email,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Contact {
        unknownFields = Frozen.map(unknownFields);
    }
}
