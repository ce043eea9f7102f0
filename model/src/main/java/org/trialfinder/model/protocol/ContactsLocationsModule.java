package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Central contacts, overall officials and sites. Some exported records also carry a non-standard
 * {@code locations_nested} array; it lives in {@code unknownFields}. Fields it does not know are
 * kept in {@code unknownFields} and written back.
 */
public record ContactsLocationsModule(
        List<Contact> centralContacts,
        List<Official> overallOfficials,
        List<Location> locations,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ContactsLocationsModule {
        centralContacts = Frozen.list(centralContacts);
        overallOfficials = Frozen.list(overallOfficials);
        locations = Frozen.list(locations);
        unknownFields = Frozen.map(unknownFields);
    }
}
