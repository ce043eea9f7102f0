package org.trialfinder.search.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;

/**
 * The projection read straight from a record's bytes (skipping what is not asked for) gives, to the key order,
 * the projection of the record's whole tree: over every record of the sample and field lists of every kind.
 */
class ProjectionFromBytesTest {
    private static final ObjectMapper MAPPER = StudyJson.mapper();

    @Test
    void everySampleRecordProjectsAsFromItsTree() throws Exception {
        List<String> lists = new ArrayList<>(List.of(
                "NCTId,BriefTitle",
                "NCTId,BriefTitle,OverallStatus,Phase,Condition",
                "NCTId,BriefTitle,OverallStatus,LocationCity,LocationCountry",
                "EligibilityModule",
                "ProtocolSection",
                "LocationGeoPoint,LocationStatus,InterventionName,ArmGroupLabel",
                "protocolSection.contactsLocationsModule.locations.contacts.name",
                "ResultsSection,DerivedSection,HasResults",
                "ConditionMeshTerm,ConditionAncestorTerm,InterventionBrowseLeafName"));
        int compared = 0;
        for (JsonNode study : Samples.v2()) {
            byte[] bytes = MAPPER.writeValueAsBytes(study);
            for (String fields : lists) {
                Projection p = Projection.of(fields);
                assertThat(MAPPER.writeValueAsString(p.apply(MAPPER, bytes)))
                        .as(fields)
                        .isEqualTo(MAPPER.writeValueAsString(p.apply(study)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void everyPieceOfTheCatalogProjectsAsFromTheTree() throws Exception {
        for (String id : List.of("NCT03319901", "NCT06751394")) {
            JsonNode study = Samples.study(id);
            byte[] bytes = MAPPER.writeValueAsBytes(study);
            for (FieldDef f : FieldCatalog.standard().all()) {
                Projection p = Projection.of(f.piece());
                assertThat(MAPPER.writeValueAsString(p.apply(MAPPER, bytes)))
                        .as(id + " " + f.piece())
                        .isEqualTo(MAPPER.writeValueAsString(p.apply(study)));
            }
        }
    }

    @Test
    void aRecordThatIsNotAnObjectProjectsToNothing() throws Exception {
        assertThat(Projection.of("NCTId").apply(MAPPER, "[1,2]".getBytes()).isEmpty())
                .isTrue();
    }
}
