package org.trialfinder.search.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;

class FieldValuesTest {

    private final FieldCatalog catalog = FieldCatalog.standard();

    private FieldDef f(String piece) {
        return catalog.byPiece(piece).orElseThrow();
    }

    private List<String> texts(JsonNode study, String piece) {
        return FieldValues.texts(study, f(piece));
    }

    @Test
    void extractsTheFieldsOfNct06751394() {
        JsonNode s = Samples.study("NCT06751394");
        assertThat(texts(s, "NCTId")).containsExactly("NCT06751394");
        assertThat(texts(s, "Acronym")).containsExactly("TRACER");
        assertThat(texts(s, "OverallStatus")).containsExactly("NOT_YET_RECRUITING");
        assertThat(texts(s, "Condition")).containsExactly("Recurrent Rectal Cancer");
        assertThat(texts(s, "Phase")).containsExactly("PHASE2");
        assertThat(texts(s, "StdAge")).containsExactly("ADULT", "OLDER_ADULT");
        assertThat(texts(s, "MinimumAge")).containsExactly("18 Years");
        assertThat(texts(s, "MaximumAge")).containsExactly("75 Years");
        assertThat(FieldValues.first(s, f("HealthyVolunteers")).booleanValue()).isFalse();
        assertThat(FieldValues.first(s, f("EnrollmentCount")).intValue()).isEqualTo(44);
        assertThat(texts(s, "LeadSponsorName")).containsExactly("Sun Yat-sen University");
        assertThat(texts(s, "InterventionName"))
                .containsExactly(
                        "Oxaliplatin",
                        "Irinotecan",
                        "surgery",
                        "Radiation",
                        "Capecitabine",
                        "PD-1 antibody (Toripalimab)");
        assertThat(texts(s, "ConditionMeshTerm")).containsExactly("Rectal Neoplasms");
        assertThat(texts(s, "ConditionAncestorTerm")).contains("Colorectal Neoplasms", "Neoplasms by Site");
        assertThat(texts(s, "LocationCity")).containsExactly("Guangzhou");
        JsonNode geo = FieldValues.first(s, f("LocationGeoPoint"));
        assertThat(geo.get("lat").doubleValue()).isEqualTo(23.11667);
        assertThat(geo.get("lon").doubleValue()).isEqualTo(113.25);
        assertThat(texts(s, "LastUpdatePostDate")).isEmpty(); // this copy carries only a status module
        assertThat(FieldValues.sizeOf(s, f("Phase"))).isEqualTo(1);
        assertThat(FieldValues.sizeOf(s, f("StdAge"))).isEqualTo(2);
        assertThat(FieldValues.sizeOf(s, f("NCTIdAlias"))).isZero();
    }

    @Test
    void walksEveryListOfAMultiSiteRecord() {
        JsonNode s = Samples.study("NCT03319901");
        assertThat(texts(s, "LocationCity"))
                .containsExactly("Chicago", "Boston", "Boston", "Houston", "Salt Lake City");
        assertThat(texts(s, "LocationState"))
                .containsExactly("Illinois", "Massachusetts", "Massachusetts", "Texas", "Utah");
        assertThat(FieldValues.extract(s, f("Location"))).hasSize(5).allMatch(JsonNode::isObject);
        assertThat(FieldValues.extract(s, f("LocationGeoPoint")))
                .hasSize(5)
                .allMatch(n -> n.has("lat") && n.has("lon"));
        // contacts of all sites, flattened: 2 + 1 + 3 + 2 + 1
        assertThat(FieldValues.extract(s, f("LocationContactName"))).hasSize(9);
        assertThat(FieldValues.listSizes(s, f("LocationContact"))).containsExactly(2, 1, 3, 2, 1);
        assertThat(FieldValues.listSizes(s, f("Location"))).containsExactly(5);
        assertThat(texts(s, "Phase")).containsExactly("PHASE1", "PHASE2");
        assertThat(FieldValues.sizeOf(s, f("Phase"))).isEqualTo(2);
        assertThat(FieldValues.listSizes(s, f("Phase"))).containsExactly(2);
    }

    @Test
    void absentOrNullValuesGiveNothing() throws Exception {
        JsonNode s = StudyJson.mapper()
                .readTree("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000001\",\"acronym\":null},"
                        + "\"contactsLocationsModule\":{\"locations\":[{\"city\":\"A\"},null,{\"zip\":\"1\"},{\"city\":\"B\"}]},"
                        + "\"designModule\":{\"phases\":\"PHASE1\"}}}");
        assertThat(texts(s, "Acronym")).isEmpty();
        assertThat(texts(s, "LocationCity")).containsExactly("A", "B");
        assertThat(FieldValues.extract(s, f("Location"))).hasSize(3);
        assertThat(texts(s, "ConditionMeshTerm")).isEmpty();
        assertThat(FieldValues.extract(null, f("NCTId"))).isEmpty();
        // a scalar where a list is expected is still returned, not lost
        assertThat(texts(s, "Phase")).containsExactly("PHASE1");
    }

    @Test
    void isFastEnoughForIndexing() {
        List<JsonNode> studies = Samples.v2();
        List<FieldDef> leaves = catalog.leaves();
        long values = 0;
        long t0 = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            for (JsonNode s : studies) {
                for (FieldDef leaf : leaves)
                    values += FieldValues.extract(s, leaf).size();
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(values).isPositive();
        // ~1.3M extractions; generous bound so a slow CI machine passes
        assertThat(ms).isLessThan(20_000);
    }
}
