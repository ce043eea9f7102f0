package org.trialfinder.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every legacy XML wording of an enum value is read as the API v2 value it was read as before the
 * wording moved onto the model's enums: the expected pairs ({@code legacy-enum-wording.tsv}) are
 * the converter's former tables, each put through a minimal record in the element it came from.
 */
class LegacyEnumWordingTest {

    /** Where each former table's wording is written in the XML ({@code %s}) and read in v2. */
    private record Place(String xml, String pointer) {}

    private static final String DESIGN = "/protocolSection/designModule";

    private static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry(
                    "STATUS",
                    new Place("<overall_status>%s</overall_status>", "/protocolSection/statusModule/overallStatus")),
            Map.entry(
                    "DATE_TYPE",
                    new Place(
                            "<start_date type=\"%s\">January 2020</start_date>",
                            "/protocolSection/statusModule/startDateStruct/type")),
            Map.entry(
                    "AGENCY_CLASS",
                    new Place(
                            "<sponsors><lead_sponsor><agency>S</agency><agency_class>%s</agency_class></lead_sponsor>"
                                    + "</sponsors>",
                            "/protocolSection/sponsorCollaboratorsModule/leadSponsor/class")),
            Map.entry(
                    "RESPONSIBLE_PARTY_TYPE",
                    new Place(
                            "<responsible_party><responsible_party_type>%s</responsible_party_type></responsible_party>",
                            "/protocolSection/sponsorCollaboratorsModule/responsibleParty/type")),
            Map.entry("PHASE", new Place("<phase>%s</phase>", DESIGN + "/phases/0")),
            Map.entry("STUDY_TYPE", new Place("<study_type>%s</study_type>", DESIGN + "/studyType")),
            Map.entry("ALLOCATION", designInfo("allocation", "allocation")),
            Map.entry("INTERVENTION_MODEL", designInfo("intervention_model", "interventionModel")),
            Map.entry("PRIMARY_PURPOSE", designInfo("primary_purpose", "primaryPurpose")),
            Map.entry("OBSERVATIONAL_MODEL", designInfo("observational_model", "observationalModel")),
            Map.entry("TIME_PERSPECTIVE", designInfo("time_perspective", "timePerspective")),
            Map.entry(
                    "MASKING",
                    new Place(
                            "<study_design_info><masking>%s</masking></study_design_info>",
                            DESIGN + "/designInfo/maskingInfo/masking")),
            Map.entry(
                    "WHO_MASKED",
                    new Place(
                            "<study_design_info><masking>Single (%s)</masking></study_design_info>",
                            DESIGN + "/designInfo/maskingInfo/whoMasked/0")),
            Map.entry(
                    "BIOSPEC_RETENTION",
                    new Place("<biospec_retention>%s</biospec_retention>", DESIGN + "/bioSpec/retention")),
            Map.entry(
                    "ENROLLMENT_TYPE",
                    new Place("<enrollment type=\"%s\">10</enrollment>", DESIGN + "/enrollmentInfo/type")),
            Map.entry(
                    "ARM_GROUP_TYPE",
                    new Place(
                            "<arm_group><arm_group_label>A</arm_group_label><arm_group_type>%s</arm_group_type>"
                                    + "</arm_group>",
                            "/protocolSection/armsInterventionsModule/armGroups/0/type")),
            Map.entry(
                    "INTERVENTION_TYPE",
                    new Place(
                            "<intervention><intervention_type>%s</intervention_type>"
                                    + "<intervention_name>X</intervention_name></intervention>",
                            "/protocolSection/armsInterventionsModule/interventions/0/type")),
            Map.entry(
                    "SEX",
                    new Place(
                            "<eligibility><gender>%s</gender></eligibility>",
                            "/protocolSection/eligibilityModule/sex")),
            Map.entry(
                    "SAMPLING_METHOD",
                    new Place(
                            "<eligibility><sampling_method>%s</sampling_method></eligibility>",
                            "/protocolSection/eligibilityModule/samplingMethod")),
            Map.entry(
                    "OFFICIAL_ROLE",
                    new Place(
                            "<overall_official><last_name>X</last_name><role>%s</role></overall_official>",
                            "/protocolSection/contactsLocationsModule/overallOfficials/0/role")),
            Map.entry(
                    "INVESTIGATOR_ROLE",
                    new Place(
                            "<location><facility><name>F</name></facility>"
                                    + "<investigator><last_name>X</last_name><role>%s</role></investigator></location>",
                            "/protocolSection/contactsLocationsModule/locations/0/contacts/0/role")),
            Map.entry(
                    "IPD_SHARING",
                    new Place(
                            "<patient_data><sharing_ipd>%s</sharing_ipd></patient_data>",
                            "/protocolSection/ipdSharingStatementModule/ipdSharing")),
            Map.entry(
                    "IPD_INFO_TYPE",
                    new Place(
                            "<patient_data><sharing_ipd>Yes</sharing_ipd><ipd_info_type>%s</ipd_info_type>"
                                    + "</patient_data>",
                            "/protocolSection/ipdSharingStatementModule/infoTypes/0")));

    private static Place designInfo(String tag, String field) {
        return new Place(
                "<study_design_info><" + tag + ">%s</" + tag + "></study_design_info>",
                DESIGN + "/designInfo/" + field);
    }

    static Stream<Arguments> formerTables() throws IOException {
        try (InputStream in = LegacyEnumWordingTest.class.getResourceAsStream("legacy-enum-wording.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return lines.stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1], f[2]))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource("formerTables")
    void readsEveryFormerWordingAsBefore(String table, String legacy, String v2) throws Exception {
        Place place = PLACES.get(table);
        assertThat(place).as("a place for table " + table).isNotNull();
        String xml = "<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info><brief_title>T</brief_title>"
                + place.xml().formatted(legacy) + "</clinical_study>";
        ObjectNode out = new LegacyXmlConverter()
                .convert(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "wording.xml");
        assertThat(out.at(place.pointer()).asText()).isEqualTo(v2);
    }
}
