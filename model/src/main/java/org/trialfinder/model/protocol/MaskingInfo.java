package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.DesignMasking;
import org.trialfinder.model.vocab.WhoMasked;

/**
 * Who is blinded and how (API type {@code MaskingBlock}). Fields it does not know are kept in
 * {@code unknownFields} and written back.
 */
public record MaskingInfo(
        DesignMasking masking,
        String maskingDescription,
        List<WhoMasked> whoMasked,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public MaskingInfo {
        whoMasked = Frozen.list(whoMasked);
        unknownFields = Frozen.map(unknownFields);
    }
}
