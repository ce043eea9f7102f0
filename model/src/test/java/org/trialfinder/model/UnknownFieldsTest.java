package org.trialfinder.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.protocol.Location;

/** Fields the model does not know are kept, at every level, and written back where they were. */
class UnknownFieldsTest {

    private static final String STUDY = """
      {"protocolSection":{
         "identificationModule":{"nctId":"NCT01234567","futureId":{"kind":"X","n":[1,2.50]}},
         "statusModule":{"overallStatus":"RECRUITING","startDateStruct":{"date":"2024-12","note":"approx"}},
         "contactsLocationsModule":{
           "locations":[{"facility":"A","country":"France","siteCode":"F-1","accessible":null}],
           "locations_nested":[{"facility":"B","geoPoint":{"lat":48.85,"lon":2.35}}]},
         "newModule":{"flag":true}},
       "derivedSection":{"miscInfoModule":{"versionHolder":"2025-01-01"},"extra":[]},
       "hasResults":false,
       "dataTimestamp":"2026-08-10T09:00:05"}
      """;

    @Test
    void unknownFieldsAreCapturedAtEachLevel() {
        Study study = StudyJson.parse(STUDY);

        assertThat(study.unknownFields()).containsOnlyKeys("dataTimestamp");
        assertThat(study.protocolSection().unknownFields()).containsOnlyKeys("newModule");
        assertThat(study.protocolSection()
                        .identificationModule()
                        .unknownFields()
                        .get("futureId")
                        .get("kind")
                        .asText())
                .isEqualTo("X");
        assertThat(study.protocolSection().statusModule().startDateStruct().unknownFields())
                .containsOnlyKeys("note");
        assertThat(study.protocolSection().contactsLocationsModule().unknownFields())
                .containsOnlyKeys("locations_nested");
        assertThat(study.derivedSection().unknownFields()).containsOnlyKeys("extra");
        Location site = study.locations().get(0);
        assertThat(site.unknownFields()).containsOnlyKeys("siteCode", "accessible");
        assertThat(site.unknownFields().get("accessible").isNull()).isTrue();
    }

    @Test
    void unknownFieldsAreWrittenBack() throws IOException {
        JsonNode in = StudyJson.mapper().readTree(STUDY);

        JsonNode out = StudyJson.toTree(StudyJson.fromTree(in));

        assertThat(out).isEqualTo(in);
        assertThat(out.at("/protocolSection/contactsLocationsModule/locations_nested/0/geoPoint/lat")
                        .decimalValue())
                .isEqualByComparingTo("48.85");
        assertThat(out.at("/protocolSection/identificationModule/futureId/n/1").toString())
                .isEqualTo("2.50");
    }

    @Test
    void unknownFieldsComeAfterTheKnownOnes() {
        String json = "{\"protocolSection\":{\"identificationModule\":{\"zeta\":1,\"nctId\":\"NCT01234567\"}}}";

        String written = StudyJson.toJson(StudyJson.parse(json));

        assertThat(written)
                .isEqualTo("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\",\"zeta\":1}}}");
    }

    @Test
    void absentFieldsStayAbsentAndEmptyArraysAndObjectsStay() {
        String json = """
        {"protocolSection":{"identificationModule":{"nctId":"NCT01234567","nctIdAliases":[]},
          "statusModule":{"expandedAccessInfo":{}},"conditionsModule":{"conditions":[]}}}""";

        String written = StudyJson.toJson(StudyJson.parse(json));

        assertThat(written).isEqualTo(json.replaceAll("\\s", ""));
        assertThat(written).doesNotContain("null");
    }

    @Test
    void unknownFieldMapsCannotBeChangedAfterReading() {
        Study study = StudyJson.parse(STUDY);

        assertThat(study.unknownFields()).isUnmodifiable();
        assertThat(study.locations()).isUnmodifiable();
        assertThat(study.conditions()).isUnmodifiable();
    }

    @Test
    void explicitNullInAKnownFieldIsReadAsAbsent() {
        // Documented limit of the round trip; ClinicalTrials.gov never writes null for a known field.
        Study study = StudyJson.parse(
                "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\",\"acronym\":null}}}");

        assertThat(study.protocolSection().identificationModule().acronym()).isNull();
        assertThat(StudyJson.toJson(study)).doesNotContain("acronym");
    }
}
