package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * What the sponsor registered: every module of the ClinicalTrials.gov v2 protocol section, in the
 * order the API writes them. Fields it does not know are kept in {@code unknownFields} and written
 * back.
 */
public record ProtocolSection(
        IdentificationModule identificationModule,
        StatusModule statusModule,
        SponsorCollaboratorsModule sponsorCollaboratorsModule,
        OversightModule oversightModule,
        DescriptionModule descriptionModule,
        ConditionsModule conditionsModule,
        DesignModule designModule,
        ArmsInterventionsModule armsInterventionsModule,
        OutcomesModule outcomesModule,
        EligibilityModule eligibilityModule,
        ContactsLocationsModule contactsLocationsModule,
        ReferencesModule referencesModule,
        IpdSharingStatementModule ipdSharingStatementModule,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public ProtocolSection {
        unknownFields = Frozen.map(unknownFields);
    }
}
