package org.trialfinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a message that names the JSON path and what is wrong there. */
class InvalidStudyTest {

    private static ObjectNode validStudy() throws IOException {
        return (ObjectNode) StudyJson.mapper().readTree(SampleRoundTripTest.sample("NCT06751394"));
    }

    private static ObjectNode at(JsonNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    private static InvalidStudyException readFailure(JsonNode tree) {
        return catchThrowableOfType(InvalidStudyException.class, () -> StudyJson.fromTree(tree));
    }

    @Test
    void unknownEnumValueNamesPathAndAllowedValues() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/statusModule").put("overallStatus", "RECRUITNG");

        InvalidStudyException e = readFailure(tree);

        assertThat(e.getMessage())
                .isEqualTo("protocolSection.statusModule.overallStatus: unknown value \"RECRUITNG\" (allowed: "
                        + "ACTIVE_NOT_RECRUITING, COMPLETED, ENROLLING_BY_INVITATION, NOT_YET_RECRUITING, "
                        + "RECRUITING, SUSPENDED, TERMINATED, WITHDRAWN, AVAILABLE, NO_LONGER_AVAILABLE, "
                        + "TEMPORARILY_NOT_AVAILABLE, APPROVED_FOR_MARKETING, WITHHELD, UNKNOWN)");
        assertThat(e.path()).isEqualTo("protocolSection.statusModule.overallStatus");
    }

    @Test
    void enumValuesAreCaseSensitive() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/statusModule").put("overallStatus", "recruiting");

        assertThat(readFailure(tree).getMessage()).contains("unknown value \"recruiting\"");
    }

    @Test
    void unknownEnumInsideAListNamesTheIndex() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/designModule")
                .putArray("phases")
                .add("PHASE2")
                .add("PHASE9");

        InvalidStudyException e = readFailure(tree);

        assertThat(e.path()).isEqualTo("protocolSection.designModule.phases[1]");
        assertThat(e.problem())
                .isEqualTo("unknown value \"PHASE9\" (allowed: NA, EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4)");
    }

    @Test
    void unknownSiteStatusNamesTheLocation() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/contactsLocationsModule/locations/0").put("status", "OPEN");

        assertThat(readFailure(tree).path()).isEqualTo("protocolSection.contactsLocationsModule.locations[0].status");
    }

    @Test
    void classFieldIsReportedByItsJsonName() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/identificationModule/organization").put("class", "GOVT");

        InvalidStudyException e = readFailure(tree);

        assertThat(e.path()).isEqualTo("protocolSection.identificationModule.organization.class");
        assertThat(e.problem()).startsWith("unknown value \"GOVT\" (allowed: NIH, FED, OTHER_GOV,");
    }

    @Test
    void numberForAnEnumIsRefusedRatherThanTakenAsAnIndex() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/eligibilityModule").put("sex", 1);

        assertThat(readFailure(tree).getMessage())
                .isEqualTo(
                        "protocolSection.eligibilityModule.sex: expected one of FEMALE, MALE, ALL as a string, got 1");
    }

    @Test
    void textForACountIsAWrongType() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/designModule/enrollmentInfo").put("count", "abc");

        assertThat(readFailure(tree).getMessage())
                .isEqualTo("protocolSection.designModule.enrollmentInfo.count: expected a number, got \"abc\"");
    }

    @Test
    void numericTextIsNotCoercedToANumber() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/designModule/enrollmentInfo").put("count", "44");

        assertThat(readFailure(tree).getMessage())
                .isEqualTo("protocolSection.designModule.enrollmentInfo.count: expected a number, got \"44\"");
    }

    @Test
    void fractionForACountIsNotTruncated() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/designModule/enrollmentInfo").put("count", new BigDecimal("12.5"));

        assertThat(readFailure(tree).getMessage())
                .isEqualTo("protocolSection.designModule.enrollmentInfo.count: expected a whole number, got 12.5");
    }

    @Test
    void numberForTextIsNotCoercedToText() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/identificationModule").put("briefTitle", 42);

        assertThat(readFailure(tree).getMessage())
                .isEqualTo("protocolSection.identificationModule.briefTitle: expected a string, got 42");
    }

    @Test
    void textForABooleanIsAWrongType() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/eligibilityModule").put("healthyVolunteers", "yes");

        assertThat(readFailure(tree).getMessage())
                .isEqualTo("protocolSection.eligibilityModule.healthyVolunteers: expected true or false, got \"yes\"");
    }

    @Test
    void singleValueWhereAnArrayBelongsIsAWrongType() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/conditionsModule").put("conditions", "Rectal Cancer");

        assertThat(readFailure(tree).getMessage())
                .isEqualTo("protocolSection.conditionsModule.conditions: expected an array, got \"Rectal Cancer\"");
    }

    @Test
    void arrayWhereAModuleBelongsIsAWrongType() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection").putArray("designModule");

        assertThat(readFailure(tree).getMessage())
                .isEqualTo("protocolSection.designModule: expected an object, got an array");
    }

    @Test
    void missingNctIdIsInvalid() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/identificationModule").remove("nctId");

        InvalidStudyException e = readFailure(tree);

        assertThat(e.getMessage()).isEqualTo("missing protocolSection.identificationModule.nctId");
        assertThat(e.path()).isEqualTo("protocolSection.identificationModule.nctId");
    }

    @Test
    void recordWithoutProtocolSectionHasNoNctId() {
        assertThatThrownBy(() -> StudyJson.parse("{\"hasResults\":false}"))
                .isInstanceOf(InvalidStudyException.class)
                .hasMessage("missing protocolSection.identificationModule.nctId");
    }

    @Test
    void malformedNctIdIsInvalid() throws IOException {
        ObjectNode tree = validStudy();
        at(tree, "/protocolSection/identificationModule").put("nctId", "NCT123");

        assertThat(readFailure(tree).getMessage())
                .isEqualTo("protocolSection.identificationModule.nctId: \"NCT123\" is not an NCT number"
                        + " (NCT followed by 8 digits, e.g. NCT06751394)");
    }

    @Test
    void recordsMustCarryTheNctIdUpperCaseWithExactlyEightDigits() throws IOException {
        assertThat(StudyJson.fromTree(validStudy()).nctId()).isEqualTo("NCT06751394");
        for (String loose : new String[] {"nct06751394", "NCT067513941", " NCT06751394", "NCT6751394"}) {
            ObjectNode tree = validStudy();
            at(tree, "/protocolSection/identificationModule").put("nctId", loose);
            assertThat(readFailure(tree).getMessage()).as(loose).contains("is not an NCT number");
        }
    }

    @Test
    void textThatIsNotJsonSaysWhere() {
        assertThatThrownBy(() -> StudyJson.parse("{\"protocolSection\": {"))
                .isInstanceOf(InvalidStudyException.class)
                .hasMessageStartingWith("not valid JSON at line 1, column ");
    }

    @Test
    void trailingContentAfterTheRecordIsRefused() {
        String twoRecords = "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT06751394\"}}} {}";

        assertThatThrownBy(() -> StudyJson.parse(twoRecords.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidStudyException.class)
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void aStudyMustBeAnObject() {
        assertThatThrownBy(() -> StudyJson.parse("[1, 2]"))
                .isInstanceOf(InvalidStudyException.class)
                .hasMessage("a study must be a JSON object, got an array");
    }
}
