package org.trialfinder.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyXmlConverterBadInputTest {

    private final LegacyXmlConverter converter = new LegacyXmlConverter();

    private static InputStream xml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String minimal(String extra) {
        return "<clinical_study>\n  <id_info><nct_id>NCT01234567</nct_id></id_info>\n"
                + "  <brief_title>T</brief_title>\n" + extra + "</clinical_study>\n";
    }

    @Test
    void minimalDocumentConverts() throws Exception {
        ObjectNode out = converter.convert(xml(minimal("")), "min.xml");
        assertThat(out.at("/protocolSection/identificationModule/nctId").asText())
                .isEqualTo("NCT01234567");
        assertThat(out.get("hasResults").asBoolean()).isFalse();
    }

    @Test
    void malformedXmlNamesSourceAndLine() {
        String bad = "<clinical_study>\n  <id_info>\n    <nct_id>NCT1</nct_id>\n  </id_inf>\n</clinical_study>";
        assertThatThrownBy(() -> converter.convert(xml(bad), "NCT0000xxxx/NCT1.xml"))
                .isInstanceOf(LegacyXmlException.class)
                .hasMessageStartingWith("NCT0000xxxx/NCT1.xml: ")
                .hasMessageContaining("malformed XML at line 4, column");
    }

    @Test
    void emptyInputIsMalformed() {
        assertThatThrownBy(() -> converter.convert(xml(""), "empty.xml"))
                .isInstanceOf(LegacyXmlException.class)
                .hasMessageStartingWith("empty.xml: ")
                .hasMessageContaining("malformed XML at line 1");
    }

    @Test
    void wrongRoot() {
        assertThatThrownBy(() -> converter.convert(xml("<study/>"), "x.xml"))
                .isInstanceOf(LegacyXmlException.class)
                .hasMessage("x.xml: root element is <study>, expected <clinical_study>");
    }

    @Test
    void missingNctId() {
        String doc = "<clinical_study><id_info><org_study_id>A</org_study_id></id_info></clinical_study>";
        assertThatThrownBy(() -> converter.convert(xml(doc), "no-id.xml"))
                .isInstanceOf(LegacyXmlException.class)
                .hasMessage("no-id.xml: no <id_info>/<nct_id>");
        assertThatThrownBy(() -> converter.convert(xml("<clinical_study/>"), "no-id-info.xml"))
                .isInstanceOf(LegacyXmlException.class)
                .hasMessageContaining("nct_id");
    }

    @Test
    void unknownStatusIsNamedNotGuessed() {
        String doc = minimal("  <overall_status>Paused for lunch</overall_status>\n");
        assertThatThrownBy(() -> converter.convert(xml(doc), "s.xml"))
                .isInstanceOf(LegacyXmlException.class)
                .hasMessage("s.xml: unknown <overall_status> value \"Paused for lunch\"");
    }

    @Test
    void unknownPhaseAndBadDateAreNamed() {
        assertThatThrownBy(() -> converter.convert(xml(minimal("<phase>Phase 7</phase>")), "p.xml"))
                .hasMessage("p.xml: unknown <phase> value \"Phase 7\"");
        assertThatThrownBy(() -> converter.convert(xml(minimal("<start_date>Smarch 2001</start_date>")), "d.xml"))
                .hasMessage("d.xml: unknown <start_date> value \"Smarch 2001\"");
    }

    @Test
    void externalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE clinical_study [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n"
                + minimal("  <official_title>&xxe;</official_title>\n");
        assertThatThrownBy(() -> converter.convert(xml(doc), "xxe.xml"))
                .isInstanceOf(LegacyXmlException.class)
                .hasMessageStartingWith("xxe.xml: malformed XML at line 2")
                .hasMessageNotContaining("TOP-SECRET-CONTENT");
    }

    @Test
    void billionLaughsIsRefused() {
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
                + minimal("<acronym>&lol2;</acronym>");
        assertThatThrownBy(() -> converter.convert(xml(doc), "lol.xml")).isInstanceOf(LegacyXmlException.class);
    }

    @Test
    void mapsEnumsDatesAndMasking() throws Exception {
        String doc = minimal("""
                  <overall_status>Available</overall_status>
                  <start_date type="Anticipated">August 1999</start_date>
                  <completion_date type="Actual">August 3, 1999</completion_date>
                  <phase>Phase 1/Phase 2</phase>
                  <study_type>Observational [Patient Registry]</study_type>
                  <study_design_info>
                    <masking>Double (Participant, Investigator)</masking>
                  </study_design_info>
                  <enrollment type="Anticipated">40</enrollment>
                  <eligibility><gender>All</gender><minimum_age>6 Months</minimum_age><maximum_age>N/A</maximum_age>
                    <healthy_volunteers>Accepts Healthy Volunteers</healthy_volunteers></eligibility>
                  <overall_contact><last_name>Jane Roe</last_name><phone>555</phone></overall_contact>
                  <overall_contact_backup><last_name>John Doe</last_name></overall_contact_backup>
                """);
        ObjectNode out = converter.convert(xml(doc), "e.xml");
        assertThat(out.at("/protocolSection/statusModule/overallStatus").asText())
                .isEqualTo("AVAILABLE");
        assertThat(out.at("/protocolSection/statusModule/startDateStruct").toString())
                .isEqualTo("{\"date\":\"1999-08\",\"type\":\"ESTIMATED\"}");
        assertThat(out.at("/protocolSection/statusModule/completionDateStruct").toString())
                .isEqualTo("{\"date\":\"1999-08-03\",\"type\":\"ACTUAL\"}");
        assertThat(out.at("/protocolSection/designModule").toString())
                .isEqualTo(
                        "{\"studyType\":\"OBSERVATIONAL\",\"patientRegistry\":true,\"phases\":[\"PHASE1\",\"PHASE2\"],"
                                + "\"designInfo\":{\"maskingInfo\":{\"masking\":\"DOUBLE\",\"whoMasked\":[\"PARTICIPANT\",\"INVESTIGATOR\"]}},"
                                + "\"enrollmentInfo\":{\"count\":40,\"type\":\"ESTIMATED\"}}");
        assertThat(out.at("/protocolSection/eligibilityModule").toString())
                .isEqualTo("{\"healthyVolunteers\":true,\"sex\":\"ALL\",\"minimumAge\":\"6 Months\","
                        + "\"stdAges\":[\"CHILD\",\"ADULT\",\"OLDER_ADULT\"]}");
        assertThat(out.at("/protocolSection/contactsLocationsModule/centralContacts")
                        .toString())
                .isEqualTo(
                        "[{\"name\":\"Jane Roe\",\"role\":\"CONTACT\",\"phone\":\"555\"},{\"name\":\"John Doe\",\"role\":\"CONTACT\"}]");
    }
}
