package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck.Result;
import org.trialfinder.eligibility.intake.PatientProfile.TestResult;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * Test results as a patient brings them: the profile's {@code tests}, FHIR Observations (LOINC codes, coded
 * or written values, interpretations POS/NEG/DET/ND), and a note's words. Expected values from the inputs'
 * meaning (the LOINC and SNOMED CT codes' definitions), not from the readers.
 */
class TestResultIntakeTest {

    private static final Clock CLOCK =
            Clock.fixed(LocalDate.of(2025, 6, 10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static NoteExtractor notes;

    @BeforeAll
    static void load() {
        notes = new NoteExtractor(MeshThesaurus.loadDefault(), Abbreviations.loadDefault(), CLOCK);
    }

    private static Map<String, String> byKey(PatientProfile p) {
        return p.tests().stream()
                .collect(Collectors.toMap(t -> t.test().key(), t -> t.result().word()));
    }

    private static PatientProfile profile(String json) {
        return new PatientProfileReader(CLOCK).read(json).profile();
    }

    // ---- the JSON profile ------------------------------------------------------------------------------

    @Test
    void aProfileCarriesTestResults() {
        PatientProfile p = profile("""
                {"age":50,"tests":{"HBsAg":"negative","HIV":"positive",
                  "QuantiFERON":{"result":"negative","date":"2025-05-02"}}}""");
        assertThat(byKey(p))
                .containsExactlyInAnyOrderEntriesOf(Map.of("HBSAG", "negative", "HIV", "positive", "TB", "negative"));
        assertThat(p.tests())
                .filteredOn(t -> t.test() == TestResultCheck.Test.TB)
                .singleElement()
                .extracting(TestResult::date)
                .isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(profile("{\"age\":50}").tests()).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "HBsAg, positive, HBSAG, positive",
        "hepatitis B surface antigen, Non-reactive, HBSAG, negative",
        "HBs Ag, reactive, HBSAG, positive",
        "anti-HBc, negative, ANTI_HBC, negative",
        "HBcAb, positive, ANTI_HBC, positive",
        "HBV DNA, not detected, HBV_DNA, negative",
        "anti-HCV, neg, HCV_AB, negative",
        "HCV Ab, POS, HCV_AB, positive",
        "hcv rna, detected, HCV_RNA, positive",
        "HIV-1/2 Ab, negative, HIV, negative",
        "IGRA, negative, TB, negative",
        "T-SPOT.TB, positive, TB, positive",
        "PPD, negative, TB, negative",
        "tuberculin skin test, positive, TB, positive",
        "tuberculosis, negative, TB, negative",
        "beta-hCG, negative, PREGNANCY, negative",
        "urine pregnancy test, negative, PREGNANCY, negative",
        "PREGNANCY, positive, PREGNANCY, positive",
        "HCV_RNA, undetectable, HCV_RNA, negative"
    })
    void commonSpellingsOfKeysAndResultsAreRead(String key, String value, String test, String result) {
        PatientProfile p = profile("{\"tests\":{\"" + key + "\":\"" + value + "\"}}");
        assertThat(byKey(p)).containsExactlyEntriesOf(Map.of(test, result));
    }

    @Test
    void badTestsAreErrorsNamingTheKeyAndValue() {
        assertThatThrownBy(() -> profile("{\"tests\":{\"HBeAg\":\"positive\"}}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("tests.HBeAg")
                .hasMessageContaining("unknown test \"HBeAg\"")
                .hasMessageContaining("HBsAg");
        assertThatThrownBy(() -> profile("{\"tests\":{\"HIV\":\"maybe\"}}"))
                .hasMessageContaining("tests.HIV")
                .hasMessageContaining("expected \"positive\" or \"negative\"")
                .hasMessageContaining("not \"maybe\"");
        assertThatThrownBy(() -> profile("{\"tests\":{\"HIV\":true}}"))
                .hasMessageContaining("tests.HIV")
                .hasMessageContaining("not true");
        assertThatThrownBy(() -> profile("{\"tests\":[\"HIV negative\"]}"))
                .hasMessageContaining("tests: expected an object");
        assertThatThrownBy(() -> profile("{\"tests\":{\"IGRA\":{\"date\":\"2025-01-01\"}}}"))
                .hasMessageContaining("tests.IGRA.result: required");
        assertThatThrownBy(() -> profile("{\"tests\":{\"IGRA\":{\"result\":\"negative\",\"when\":\"2025-01-01\"}}}"))
                .hasMessageContaining("tests.IGRA.when: unknown field");
        assertThatThrownBy(
                        () -> profile(
                                "{\"asOf\":\"2025-01-01\",\"tests\":{\"IGRA\":{\"result\":\"negative\",\"date\":\"2025-03-01\"}}}"))
                .hasMessageContaining("tests.IGRA.date")
                .hasMessageContaining("after 2025-01-01");
        assertThatThrownBy(() -> profile("{\"tests\":{\"IGRA\":\"positive\",\"PPD\":\"negative\"}}"))
                .hasMessageContaining("tests.PPD")
                .hasMessageContaining("disagree");
        assertThatThrownBy(() -> profile("{\"test\":{\"HIV\":\"negative\"}}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("did you mean \"tests\"")
                .as("a misspelt field is named");
    }

    @Test
    void datesTellWhichOfTwoNamesOfOneTestIsTheLatest() {
        PatientProfile p = profile("""
                {"tests":{"PPD":{"result":"positive","date":"2019-03-01"},
                          "IGRA":{"result":"negative","date":"2025-02-01"}}}""");
        assertThat(byKey(p)).containsExactlyEntriesOf(Map.of("TB", "negative"));
    }

    // ---- FHIR ------------------------------------------------------------------------------------------

    private static String bundle(String... observations) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                + "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"female\",\"birthDate\":\"1970-01-01\"}}"
                + Arrays.stream(observations)
                        .map(o -> ",{\"resource\":" + o + "}")
                        .collect(Collectors.joining())
                + "]}";
    }

    private static String observation(String id, String loinc, String date, String valueAndMore) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id
                + "\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"" + loinc
                + "\"}]},\"effectiveDateTime\":\"" + date + "\"" + valueAndMore + "}";
    }

    private static String snomed(String code) {
        return ",\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"" + code
                + "\"}]}";
    }

    private static String interpretation(String code) {
        return ",\"interpretation\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation\",\"code\":\""
                + code + "\"}]}]";
    }

    @Test
    void fhirObservationsCarryTestResults() {
        PatientReading r = new FhirBundleReader(CLOCK)
                .read(
                        bundle(
                                // IGRA (QuantiFERON) interpretation, SNOMED CT 260385009 "Negative"
                                observation("igra", "71773-6", "2025-05-01", snomed("260385009")),
                                // HBsAg, SNOMED CT 131194007 "Non-reactive"
                                observation("hbsag", "5196-1", "2025-05-01", snomed("131194007")),
                                // anti-HCV written as a string
                                observation("hcv", "13955-0", "2025-05-01", ",\"valueString\":\"Reactive\""),
                                // HCV RNA qualitative, interpretation ND (not detected)
                                observation("rna", "11259-9", "2025-05-01", interpretation("ND")),
                                // a tuberculin skin test: induration in mm with the interpretation POS
                                observation(
                                        "tst",
                                        "1648-5",
                                        "2024-01-01",
                                        ",\"valueQuantity\":{\"value\":15,\"unit\":\"mm\"}" + interpretation("POS")),
                                // urine hCG, LOINC answer LA6577-6 "Negative"
                                observation(
                                        "hcg",
                                        "2106-3",
                                        "2025-06-01",
                                        ",\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"LA6577-6\"}]}")));
        // the TST of 2024 is older than the IGRA of 2025: the latest tuberculosis test counts
        assertThat(byKey(r.profile()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "TB", "negative",
                        "HBSAG", "negative",
                        "HCV_AB", "positive",
                        "HCV_RNA", "negative",
                        "PREGNANCY", "negative"));
    }

    /** The tests added after the first eight, from a profile's keys and from LOINC-coded Observations. */
    @Test
    void antiHbsSyphilisAndSarsCov2Results() {
        assertThat(byKey(profile("""
                        {"age":50,"tests":{"HBsAb":"positive","RPR":"non-reactive","COVID-19 PCR":"not detected"}}""")))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("ANTI_HBS", "positive", "SYPHILIS", "negative", "SARS_COV_2", "negative"));
        PatientReading r = new FhirBundleReader(CLOCK)
                .read(bundle(
                        // 10900-9 Hepatitis B virus surface Ab [Presence] in Serum by Immunoassay, "Reactive"
                        observation("hbsab", "10900-9", "2025-05-01", snomed("11214006")),
                        // 20507-0 Reagin Ab [Presence] in Serum by RPR, "Non-reactive"
                        observation("rpr", "20507-0", "2025-05-01", snomed("131194007")),
                        // 94500-6 SARS-CoV-2 RNA [Presence] in Respiratory specimen by NAA, "Detected"
                        observation("pcr", "94500-6", "2025-06-01", snomed("260373001"))));
        assertThat(byKey(r.profile()))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("ANTI_HBS", "positive", "SYPHILIS", "negative", "SARS_COV_2", "positive"));
    }

    @Test
    void aViralLoadIsALabAndANumberWithoutAResultIsNotATestResult() {
        PatientReading r = new FhirBundleReader(CLOCK)
                .read(bundle(
                        // HIV 1+2 Ab by immunoassay, only a number (a signal-to-cutoff ratio): no result to read
                        observation("hiv", "31201-7", "2025-05-01", ",\"valueQuantity\":{\"value\":0.2}"),
                        // a QuantiFERON named only by its words, with a written result
                        "{\"resourceType\":\"Observation\",\"id\":\"qft\",\"status\":\"final\",\"code\":{\"text\":\"QuantiFERON-TB Gold Plus\"},"
                                + "\"valueCodeableConcept\":{\"text\":\"Negative\"}}"));
        assertThat(byKey(r.profile())).containsExactlyEntriesOf(Map.of("TB", "negative"));
        assertThat(r.warnings())
                .anyMatch(w -> w.contains("Observation/hiv") && w.contains("HIV") && w.contains("not read"));
    }

    // ---- a note ----------------------------------------------------------------------------------------

    @Test
    void aNoteNamesTestResults() {
        NoteExtraction x = notes.extract(
                "58-year-old woman with rectal cancer. HBsAg negative, anti-HCV negative, HIV antibody negative."
                        + " QuantiFERON positive last year. Negative urine pregnancy test today.");
        assertThat(byKey(x.profile()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "HBSAG", "negative",
                        "HCV_AB", "negative",
                        "HIV", "negative",
                        "TB", "positive",
                        "PREGNANCY", "negative"));
        assertThat(x.evidence())
                .anyMatch(e -> e.fact().equals("test") && e.text().equals("HBsAg negative"));
        assertThat(x.profile().tests())
                .allMatch(t -> t.result() == Result.NEGATIVE || t.test().key().equals("TB"));
    }

    @Test
    void aNoteGivingBothResultsOfOneTestIsNotRead() {
        NoteExtraction x = notes.extract("45 year old man. HIV negative in 2010. HIV positive since 2018.");
        assertThat(x.profile().tests()).isEmpty();
        assertThat(x.warnings()).anyMatch(w -> w.contains("HIV") && w.contains("both"));
    }
}
