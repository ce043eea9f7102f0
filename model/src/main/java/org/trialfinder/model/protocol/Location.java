package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.RecruitmentStatus;

/**
 * A study site, its recruitment status, contacts and coordinates. Fields it does not know are kept
 * in {@code unknownFields} and written back.
 */
public record Location(
        String facility,
        RecruitmentStatus status,
        String city,
        String state,
        String zip,
        String country,
        List<Contact> contacts,
        GeoPoint geoPoint,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Location {
        contacts = Frozen.list(contacts);
        unknownFields = Frozen.map(unknownFields);
    }
}
