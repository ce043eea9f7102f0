package org.trialfinder.search.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void metadataIsATreeOfNodesLikeClinicalTrialsGovs() {
        ArrayNode meta = MetadataDocument.json();
        assertThat(meta).hasSize(6);
        JsonNode protocol = meta.get(0);
        assertThat(protocol.get("name").asText()).isEqualTo("protocolSection");
        assertThat(protocol.get("piece").asText()).isEqualTo("ProtocolSection");
        assertThat(protocol.get("sourceType").asText()).isEqualTo("STRUCT");
        JsonNode identification = protocol.get("children").get(0);
        assertThat(identification.get("piece").asText()).isEqualTo("IdentificationModule");
        JsonNode nctId = identification.get("children").get(0);
        assertThat(nctId.get("name").asText()).isEqualTo("nctId");
        assertThat(nctId.get("piece").asText()).isEqualTo("NCTId");
        assertThat(nctId.get("sourceType").asText()).isEqualTo("TEXT");
        assertThat(nctId.get("type").asText()).isEqualTo("nct");
        assertThat(nctId.get("isEnum").booleanValue()).isFalse();
        assertThat(nctId.get("altPieceNames").get(0).asText()).isEqualTo("NCT-ID");
        assertThat(nctId.has("children")).isFalse();

        List<JsonNode> nodes = new ArrayList<>();
        for (JsonNode n : meta) flatten(n, nodes);
        assertThat(nodes).hasSize(FieldCatalog.standard().all().size());
        for (JsonNode n : nodes) {
            assertThat(n.has("name")
                            && n.has("piece")
                            && n.has("sourceType")
                            && n.has("type")
                            && n.has("isEnum")
                            && n.has("description"))
                    .as(n.path("piece").asText())
                    .isTrue();
        }
        JsonNode status = find(nodes, "OverallStatus");
        assertThat(status.get("sourceType").asText()).isEqualTo("ENUM");
        assertThat(status.get("type").asText()).isEqualTo("Status");
        assertThat(status.get("isEnum").booleanValue()).isTrue();
        assertThat(find(nodes, "Phase").get("type").asText()).isEqualTo("Phase[]");
        assertThat(find(nodes, "Location").get("type").asText()).isEqualTo("Location[]");
        assertThat(find(nodes, "LocationGeoPoint").get("sourceType").asText()).isEqualTo("GEO_POINT");
        assertThat(find(nodes, "EnrollmentCount").get("sourceType").asText()).isEqualTo("NUMERIC");
        assertThat(find(nodes, "MinimumAge").get("type").asText()).isEqualTo("NormalizedTime");
        assertThat(find(nodes, "BriefTitle").get("maxChars").intValue()).isEqualTo(300);
        assertThat(find(nodes, "BriefSummary").get("sourceType").asText()).isEqualTo("MARKUP");
        assertThat(find(nodes, "StartDate").get("type").asText()).isEqualTo("PartialDate");
    }

    @Test
    void enumsListTypesPiecesAndLegacyValues() {
        ArrayNode enums = EnumsDocument.json();
        JsonNode status = byType(enums, "Status");
        assertThat(status.get("pieces"))
                .extracting(JsonNode::asText)
                .containsExactly("OverallStatus", "LastKnownStatus");
        assertThat(legacy(status, "RECRUITING")).isEqualTo("Recruiting");
        assertThat(legacy(status, "NOT_YET_RECRUITING")).isEqualTo("Not yet recruiting");
        assertThat(legacy(status, "ACTIVE_NOT_RECRUITING")).isEqualTo("Active, not recruiting");
        assertThat(status.get("values")).hasSize(14);
        JsonNode phase = byType(enums, "Phase");
        assertThat(phase.get("pieces")).extracting(JsonNode::asText).containsExactly("Phase");
        assertThat(legacy(phase, "PHASE1")).isEqualTo("Phase 1");
        assertThat(legacy(phase, "NA")).isEqualTo("Not Applicable");
        assertThat(legacy(phase, "EARLY_PHASE1")).isEqualTo("Early Phase 1");
        assertThat(byType(enums, "StandardAge").get("pieces"))
                .extracting(JsonNode::asText)
                .containsExactly("StdAge");
        assertThat(byType(enums, "RecruitmentStatus").get("pieces"))
                .extracting(JsonNode::asText)
                .containsExactly("LocationStatus");
        assertThat(byType(enums, "DateType").get("pieces").size()).isGreaterThan(5);
        for (JsonNode type : enums) {
            assertThat(type.get("pieces")).as(type.get("type").asText()).isNotEmpty();
            for (JsonNode v : type.get("values")) {
                assertThat(v.get("value").asText()).matches("[A-Z0-9_]+");
                assertThat(v.get("legacyValue").asText()).isNotBlank();
            }
        }
        assertThat(EnumsDocument.fromLegacy("Status", "not yet recruiting")).contains("NOT_YET_RECRUITING");
        assertThat(EnumsDocument.legacyValue("Phase", "PHASE3")).contains("Phase 3");
    }

    @Test
    void everyEnumValueOfTheSampleIsListed() {
        FieldCatalog c = FieldCatalog.standard();
        for (JsonNode s : Samples.v2()) {
            for (FieldDef f : c.leaves()) {
                if (!f.isEnum()) continue;
                for (String v : FieldValues.texts(s, f)) {
                    assertThat(f.enumValues()).as(f.piece()).contains(v);
                }
            }
        }
    }

    private static String legacy(JsonNode type, String value) {
        for (JsonNode v : type.get("values"))
            if (v.get("value").asText().equals(value))
                return v.get("legacyValue").asText();
        return null;
    }

    private static JsonNode byType(ArrayNode enums, String type) {
        for (JsonNode t : enums) if (t.get("type").asText().equals(type)) return t;
        throw new AssertionError("no type " + type);
    }

    private static void flatten(JsonNode n, List<JsonNode> out) {
        out.add(n);
        if (n.has("children")) for (JsonNode c : n.get("children")) flatten(c, out);
    }

    private static JsonNode find(List<JsonNode> nodes, String piece) {
        for (JsonNode n : nodes) if (n.get("piece").asText().equals(piece)) return n;
        throw new AssertionError("no piece " + piece);
    }
}
