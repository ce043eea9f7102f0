package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialfinder.eligibility.intake.PatientProfile.LabResult;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;
import org.trialfinder.eligibility.intake.PatientProfile.Treatment;

class PatientProfileReaderTest {

    static final String ISSUE_EXAMPLE = """
            {"age":58,"sex":"female","pregnant":false,"performanceStatus":{"scale":"ECOG","value":1},\
            "labs":[{"name":"ANC","value":1500,"unit":"/uL"},{"name":"ALT","value":30,"unit":"U/L","uln":40}],\
            "conditions":["recurrent rectal cancer"],"metastases":["liver"],\
            "treatments":[{"name":"oxaliplatin","date":"2025-03-01"}]}""";

    private final PatientProfileReader reader = new PatientProfileReader(
            Clock.fixed(LocalDate.of(2025, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void readsTheIssueExample() {
        PatientReading reading = reader.read(ISSUE_EXAMPLE);
        PatientProfile profile = reading.profile();
        assertThat(reading.warnings()).isEmpty();
        assertThat(profile.ageYears()).isEqualTo(58.0);
        assertThat(profile.sex()).isEqualTo(Sex.FEMALE);
        assertThat(profile.pregnant()).isFalse();
        assertThat(profile.lactating()).isNull();
        assertThat(profile.performanceStatus()).isEqualTo(new PerformanceStatus(Scale.ECOG, 1));
        assertThat(profile.labs())
                .containsExactly(
                        new LabResult("ANC", 1500, "/uL", null, null, null),
                        new LabResult("ALT", 30, "U/L", 40.0, null, null));
        assertThat(profile.conditions()).containsExactly("recurrent rectal cancer");
        assertThat(profile.metastases()).containsExactly("liver");
        assertThat(profile.treatments()).containsExactly(new Treatment("oxaliplatin", LocalDate.of(2025, 3, 1), null));
        assertThat(profile.asOf()).isEqualTo(LocalDate.of(2025, 7, 1)); // today by the reader's clock
    }

    @Test
    void readsEveryOtherField() {
        PatientProfile profile = reader.read("""
                {"birthDate":"1990-07-02","sex":"M","lactating":null,"childbearingPotential":false,
                 "performanceStatus":"Karnofsky 80%","lifeExpectancyMonths":6,"asOf":"2025-07-01",
                 "labs":[{"name":"total bilirubin","value":20.5,"unit":"µmol/L","uln":21,"lln":3,"date":"2025-06-30"},
                         {"name":"INR","value":1.1}],
                 "treatments":["radiotherapy",{"name":"FOLFOX","startDate":"2024-01-01","endDate":"2024-06-01"}]}
                """).profile();
        assertThat(profile.ageYears()).isCloseTo(35.0, within(0.01)); // 35th birthday is tomorrow
        assertThat(profile.ageYears()).isLessThan(35);
        assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1990, 7, 2));
        assertThat(profile.sex()).isEqualTo(Sex.MALE);
        assertThat(profile.childbearingPotential()).isFalse();
        assertThat(profile.performanceStatus()).isEqualTo(new PerformanceStatus(Scale.KARNOFSKY, 80));
        assertThat(profile.lifeExpectancyMonths()).isEqualTo(6.0);
        assertThat(profile.labs().get(0))
                .isEqualTo(new LabResult("total bilirubin", 20.5, "µmol/L", 21.0, 3.0, LocalDate.of(2025, 6, 30)));
        assertThat(profile.labs().get(1).unit()).isEmpty();
        assertThat(profile.treatments())
                .containsExactly(
                        new Treatment("radiotherapy", null, null),
                        new Treatment("FOLFOX", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1)));
    }

    @Test
    void anAgeFromTheBirthDateCountsTheBirthdayItself() {
        PatientProfile profile = reader.read("{\"birthDate\":\"2007-07-01\",\"asOf\":\"2025-07-01\"}")
                .profile();
        assertThat(profile.ageYears()).isEqualTo(18.0);
        PatientProfile infant = reader.read("{\"birthDate\":\"2025-04-01\",\"asOf\":\"2025-07-01\"}")
                .profile();
        assertThat(infant.ageYears()).isCloseTo(0.25, within(0.01));
    }

    @Test
    void anUnknownLabIsKeptWithAWarning() {
        PatientReading reading = reader.read("{\"labs\":[{\"name\":\"ferritin\",\"value\":300,\"unit\":\"ng/mL\"}]}");
        assertThat(reading.profile().labs()).hasSize(1);
        assertThat(reading.warnings())
                .singleElement()
                .asString()
                .contains("labs[0]")
                .contains("ferritin")
                .contains("no criterion reads it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"age\":\"old\"}|age|expected a number, not the text \"old\"",
                "{\"age\":-3}|age|0 to 125",
                "{\"age\":200}|age|not 200",
                "{\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":7}}|performanceStatus.value|0 to 5, not 7",
                "{\"performanceStatus\":{\"scale\":\"Karnofsky\",\"value\":55}}|performanceStatus.value|multiple of 10",
                "{\"performanceStatus\":{\"scale\":\"KPS\",\"value\":120}}|performanceStatus.value|0 to 100",
                "{\"performanceStatus\":\"ECOG seven\"}|performanceStatus|\"ECOG 1\"",
                "{\"performanceStatus\":{\"scale\":\"Zorro\",\"value\":1}}|performanceStatus.scale|not \"Zorro\"",
                "{\"labs\":[{\"name\":\"platelets\",\"value\":150000,\"unit\":\"g/dL\"}]}|labs[0].unit|'g/dL'",
                "{\"labs\":[{\"name\":\"platelets\",\"value\":150000,\"unit\":\"10^9/L\"}]}|labs[0].value|not a possible platelet count",
                "{\"labs\":[{\"name\":\"ANC\",\"value\":-1,\"unit\":\"/uL\"}]}|labs[0].value|negative",
                "{\"labs\":[{\"name\":\"ANC\",\"value\":1500,\"unit\":\"bananas\"}]}|labs[0].unit|unknown unit 'bananas'",
                "{\"labs\":[{\"name\":\"ferritin\",\"value\":3,\"unit\":\"bananas\"}]}|labs[0].unit|unknown unit 'bananas'",
                "{\"labs\":[{\"name\":\"ANC\",\"unit\":\"/uL\"}]}|labs[0].value|required",
                "{\"labs\":[{\"name\":\"ANC\",\"value\":\"1500\",\"unit\":\"/uL\"}]}|labs[0].value|expected a number",
                "{\"labs\":[{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":0}]}|labs[0].uln|positive",
                "{\"labs\":[{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":10,\"lln\":40}]}|labs[0]|below the upper limit",
                "{\"labs\":[{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"units\":\"U/L\"}]}|labs[0].units|did you mean \"unit\"",
                "{\"labs\":{\"name\":\"ALT\"}}|labs|expected an array",
                "{\"metastasis\":[\"liver\"]}|metastasis|did you mean \"metastases\"",
                "{\"asOf\":\"2025-13-01\"}|asOf|expected a date YYYY-MM-DD",
                "{\"birthDate\":\"12/04/1967\"}|birthDate|expected a date YYYY-MM-DD",
                "{\"birthDate\":\"2026-01-01\",\"asOf\":\"2025-07-01\"}|birthDate|after 2025-07-01",
                "{\"age\":40,\"birthDate\":\"1967-01-01\",\"asOf\":\"2025-07-01\"}|age|disagrees with birthDate",
                "{\"sex\":\"yes\"}|sex|expected \"female\", \"male\"",
                "{\"sex\":\"male\",\"pregnant\":true}|pregnant|cannot be pregnant",
                "{\"pregnant\":\"no\"}|pregnant|expected true, false or null",
                "{\"conditions\":\"cancer\"}|conditions|expected an array",
                "{\"conditions\":[\"\"]}|conditions[0]|non-empty text",
                "{\"treatments\":[{\"name\":\"x\",\"startDate\":\"2025-02-01\",\"endDate\":\"2025-01-01\"}]}|treatments[0].endDate|before the start date",
                "{\"treatments\":[{\"date\":\"2025-02-01\"}]}|treatments[0].name|required",
                "{\"labs\":[{\"name\":\"ANC\",\"value\":1.5,\"unit\":\"10^9/L\",\"date\":\"2025-08-01\"}],\"asOf\":\"2025-07-01\"}|labs[0].date|after 2025-07-01",
                "{\"lifeExpectancyMonths\":-2}|lifeExpectancyMonths|0 to 1500"
            })
    void badInputNamesTheFieldAndWhatIsWrong(String json, String field, String message) {
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> reader.read(json));
        assertThat(e).as(json).isNotNull();
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(message);
        });
        assertThat(e.getMessage()).contains(field + ": ");
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> reader.read("{\"age\": 58,\n \"sex\": female}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("malformed JSON at line 2, column");
        assertThatThrownBy(() -> reader.read("{\"age\":58,\"age\":59}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("Duplicate field 'age'");
        assertThatThrownBy(() -> reader.read("[1,2]"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("a profile is a JSON object, not an array");
        assertThatThrownBy(() -> reader.read("   "))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("{} {}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ProfileException e = catchThrowableOfType(
                ProfileException.class, () -> reader.read("{\"age\":-3,\"sex\":\"yes\",\"metastasis\":[]}"));
        assertThat(e.problems())
                .extracting(ProfileException.Problem::field)
                .containsExactlyInAnyOrder("age", "sex", "metastasis");
    }

    @Test
    void aLabValueThatOverflowsInTheCanonicalUnitIsAProblemNotACrash() throws IOException {
        // found by bench/run fuzz (seed 1, request 43093: POST /api/v2/match): TBIL 1e308 mmol/L is Infinity in
        // mg/dL, and writing it into the message threw NumberFormatException (a 500)
        String profile;
        try (InputStream in = getClass().getResourceAsStream("fuzz-seed1-43093-profile.json")) {
            profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> reader.read(profile));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("is not a possible"));
        assertThatThrownBy(() -> reader.read(
                        "{\"labs\":[{\"name\":\"TBIL\",\"value\":1e+308,\"unit\":\"mmol/L\",\"uln\":154.3}]}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("more than 1.8e308");
    }

    @Test
    void jsonWithMoreAfterItsValueIsSaidInPlainWordsWithoutJacksonsClassNames() throws IOException {
        // found by bench/run fuzz (seed 1, request 27585: POST /api/v2/prescreen without a Content-Type): the
        // message named com.fasterxml.jackson.databind.JsonNode and DeserializationFeature.FAIL_ON_TRAILING_TOKENS
        String body;
        try (InputStream in = getClass().getResourceAsStream("fuzz-seed1-27585-body.txt")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThatThrownBy(() -> reader.read(body))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("malformed JSON at line 1, column 3")
                .hasMessageContaining("more follows the end of the JSON value")
                .hasMessageNotContaining("com.fasterxml")
                .hasMessageNotContaining("DeserializationFeature");
    }
}
