package org.trialfinder.search.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map.Entry;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;

class ProjectionTest {

    private static JsonNode json(String s) throws Exception {
        return StudyJson.mapper().readTree(s);
    }

    @Test
    void piecesKeepTheV2Nesting() throws Exception {
        JsonNode s = Samples.study("NCT06751394");
        ObjectNode out = Projection.of("NCTId,BriefTitle").apply(s);
        assertThat(out)
                .isEqualTo(
                        json(
                                "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT06751394\","
                                        + "\"briefTitle\":\"Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal Cancer\"}}}"));
    }

    @Test
    void mixesPiecesModulesAndPathsIgnoringCase() throws Exception {
        JsonNode s = Samples.study("NCT06751394");
        ObjectNode out = Projection.of(
                        "nctid, EligibilityModule|protocolSection.statusModule.overallStatus,PROTOCOLSECTION.DESIGNMODULE.PHASES")
                .apply(s);
        assertThat(out.path("protocolSection").properties())
                .extracting(Entry::getKey)
                .containsExactly("identificationModule", "statusModule", "designModule", "eligibilityModule");
        assertThat(out.at("/protocolSection/identificationModule")).isEqualTo(json("{\"nctId\":\"NCT06751394\"}"));
        assertThat(out.at("/protocolSection/statusModule"))
                .isEqualTo(json("{\"overallStatus\":\"NOT_YET_RECRUITING\"}"));
        assertThat(out.at("/protocolSection/designModule")).isEqualTo(json("{\"phases\":[\"PHASE2\"]}"));
        assertThat(out.at("/protocolSection/eligibilityModule")).isEqualTo(s.at("/protocolSection/eligibilityModule"));
        assertThat(out.has("derivedSection")).isFalse();
    }

    @Test
    void sectionsAndBranchesReturnEverythingBelow() {
        JsonNode s = Samples.study("NCT03319901");
        assertThat(Projection.of("ProtocolSection").apply(s))
                .isEqualTo(((ObjectNode) s.deepCopy()).retain("protocolSection"));
        JsonNode locations =
                Projection.of("Location").apply(s).at("/protocolSection/contactsLocationsModule/locations");
        assertThat(locations).isEqualTo(s.at("/protocolSection/contactsLocationsModule/locations"));
    }

    @Test
    void fieldsInsideListsAreProjectedPerElement() throws Exception {
        JsonNode s = Samples.study("NCT03319901");
        JsonNode out = Projection.of(List.of("LocationCity", "LocationState")).apply(s);
        JsonNode locations = out.at("/protocolSection/contactsLocationsModule/locations");
        assertThat(locations).hasSize(5);
        assertThat(locations.get(0)).isEqualTo(json("{\"city\":\"Chicago\",\"state\":\"Illinois\"}"));
        assertThat(out.at("/protocolSection/contactsLocationsModule").size()).isEqualTo(1);
        JsonNode contacts =
                Projection.of("LocationContactName").apply(s).at("/protocolSection/contactsLocationsModule/locations");
        assertThat(contacts).hasSize(5);
        assertThat(contacts.get(2).get("contacts")).hasSize(3);
        assertThat(contacts.get(2).get("contacts").get(0).fieldNames().next()).isEqualTo("name");
    }

    @Test
    void missingFieldsGiveEmptyObjectsAndTheInputIsUntouched() {
        JsonNode s = Samples.study("NCT06751394");
        String before = s.toString();
        assertThat(Projection.of("ResultsSection,WhyStopped").apply(s)).isEmpty();
        ObjectNode all =
                Projection.of("ProtocolSection,DerivedSection,HasResults").apply(s);
        assertThat(all).isEqualTo(s);
        all.put("hasResults", true);
        assertThat(s.toString()).isEqualTo(before);
    }

    @Test
    void unknownFieldsAreNamedWithSuggestions() {
        assertThatThrownBy(() -> Projection.of("NCTId,LocationCty"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'LocationCty'")
                .hasMessageContaining("LocationCity");
        assertThatThrownBy(() -> Projection.of("protocolSection.identificationModule.briefTitel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("briefTitel")
                .hasMessageContaining("BriefTitle");
        assertThatThrownBy(() -> Projection.of(" , |"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void otherNamesGoThroughTheGivenResolver() {
        FieldCatalog c = FieldCatalog.standard();
        Projection p = Projection.of(
                c,
                List.of("TitleSearch"),
                name -> name.equals("TitleSearch")
                        ? List.of(
                                c.byPiece("BriefTitle").orElseThrow(),
                                c.byPiece("Acronym").orElseThrow())
                        : null);
        assertThat(p.fields()).extracting(FieldDef::piece).containsExactly("BriefTitle", "Acronym");
        assertThat(p.includes(c.byPiece("Acronym").orElseThrow())).isTrue();
        assertThat(Projection.of("IdentificationModule")
                        .includes(c.byPiece("NCTId").orElseThrow()))
                .isTrue();
    }
}
