package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile.LabResult;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;
import org.trialfinder.eligibility.intake.PatientProfile.Treatment;
import org.trialfinder.eligibility.lab.Analyte;
import org.trialfinder.eligibility.lab.Units;

class FhirBundleReaderTest {

    private final FhirBundleReader reader = new FhirBundleReader(
            Clock.fixed(LocalDate.of(2025, 6, 10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static String resource(String name) throws IOException {
        try (InputStream in = FhirBundleReaderTest.class.getResourceAsStream("fhir/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsARealisticBundle() throws IOException {
        PatientReading reading = reader.read(resource("colorectal-liver-mets.json"));
        PatientProfile profile = reading.profile();

        assertThat(profile.sex()).isEqualTo(Sex.FEMALE);
        assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1967, 4, 12));
        assertThat(profile.ageYears()).isCloseTo(58.16, within(0.01));
        assertThat(profile.asOf()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(profile.pregnant()).isFalse();
        // the latest ECOG (a LOINC answer code) wins over the older integer one
        assertThat(profile.performanceStatus()).isEqualTo(new PerformanceStatus(Scale.ECOG, 1));

        assertThat(profile.labs()).extracting(LabResult::name).containsExactly("ANC", "ALT", "BILIRUBIN");
        LabResult anc = profile.labs().get(0);
        assertThat(anc).isEqualTo(new LabResult("ANC", 2.1, "10*9/L", 7.7, 1.8, LocalDate.of(2025, 6, 2)));
        LabResult alt = profile.labs().get(1);
        assertThat(alt.uln()).isEqualTo(33.0);
        assertThat(alt.lln()).isNull(); // "0-33": no lower limit
        LabResult bilirubin = profile.labs().get(2);
        assertThat(bilirubin.unit()).isEqualTo("umol/L");
        // the range was in mg/dL; the limit is carried in the result's own unit
        assertThat(bilirubin.uln()).isCloseTo(20.5, within(0.1));
        assertThat(Units.multipleOfLimit(Analyte.ALT, alt.value(), alt.unit(), alt.uln(), alt.unit()))
                .isCloseTo(2.91, within(0.01));

        assertThat(profile.conditions())
                .containsExactly(
                        "Recurrent rectal adenocarcinoma",
                        "Secondary malignant neoplasm of liver",
                        "Secondary malignant neoplasm of right lung",
                        "Hypertensive disorder, systemic arterial");
        assertThat(profile.metastases()).containsExactly("liver", "lung");

        assertThat(profile.treatments())
                .containsExactly(
                        new Treatment("oxaliplatin", LocalDate.of(2024, 9, 10), LocalDate.of(2025, 2, 20)),
                        new Treatment("capecitabine", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 7)),
                        new Treatment("amlodipine", LocalDate.of(2023, 2, 1), null),
                        new Treatment("Pelvic radiotherapy", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 7)),
                        new Treatment(
                                "Low anterior resection of rectum",
                                LocalDate.of(2024, 7, 15),
                                LocalDate.of(2024, 7, 15)));

        assertThat(reading.warnings())
                .anySatisfy(w -> assertThat(w).contains("Observation/weight").contains("Body weight"));
        assertThat(reading.warnings()).anySatisfy(w -> assertThat(w).contains("1 Encounter resource was not read"));
    }

    @Test
    void metastasesFromWordsAndBodySites() {
        String bundle = bundle("""
                {"resourceType":"Condition","id":"c1","code":{"text":"Metastasis to brain (disorder)"}},
                {"resourceType":"Condition","id":"c2","code":{"text":"bone mets"}},
                {"resourceType":"Condition","id":"c3","code":{"coding":[{"system":"http://snomed.info/sct",
                  "code":"128462008","display":"Secondary malignant neoplastic disease"}]},
                  "bodySite":[{"coding":[{"system":"http://snomed.info/sct","code":"39607008","display":"Lung structure"}]}]},
                {"resourceType":"Condition","id":"c4","code":{"text":"Type 2 diabetes mellitus"}}
                """);
        PatientProfile profile = reader.read(bundle).profile();
        assertThat(profile.metastases()).containsExactly("brain", "bone", "lung");
        assertThat(profile.conditions()).hasSize(4);
    }

    @Test
    void karnofskyAndMilliMolarLabsAndWarningsForAMissingPatient() {
        String bundle = bundle("""
                {"resourceType":"Observation","id":"kps","status":"final",
                 "code":{"coding":[{"system":"http://loinc.org","code":"89243-0"}]},"valueInteger":70},
                {"resourceType":"Observation","id":"glu","status":"final",
                 "code":{"coding":[{"system":"http://loinc.org","code":"2345-7"}]},
                 "valueQuantity":{"value":7.2,"unit":"mmol/L","system":"http://unitsofmeasure.org","code":"mmol/L"}}
                """);
        PatientReading reading = reader.read(bundle);
        assertThat(reading.profile().performanceStatus()).isEqualTo(new PerformanceStatus(Scale.KARNOFSKY, 70));
        assertThat(reading.profile().labs()).containsExactly(new LabResult("GLUCOSE", 7.2, "mmol/L", null, null, null));
        assertThat(reading.profile().ageYears()).isNull();
        assertThat(reading.warnings()).anySatisfy(w -> assertThat(w).contains("no Patient"));
    }

    @Test
    void impossibleFactsNameTheResource() {
        assertThatThrownBy(() -> reader.read(bundle("""
                {"resourceType":"Observation","id":"plt","status":"final",
                 "code":{"coding":[{"system":"http://loinc.org","code":"777-3"}]},
                 "valueQuantity":{"value":150000,"unit":"g/dL","system":"http://unitsofmeasure.org","code":"g/dL"}}
                """)))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("Observation/plt.valueQuantity.unit")
                .hasMessageContaining("'g/dL'");
        assertThatThrownBy(() -> reader.read(bundle("""
                {"resourceType":"Observation","id":"e","status":"final",
                 "code":{"coding":[{"system":"http://loinc.org","code":"89247-1"}]},"valueInteger":7}
                """)))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("Observation/e.value")
                .hasMessageContaining("0 to 5, not 7");
        assertThatThrownBy(() -> reader.read(bundle("""
                {"resourceType":"Patient","id":"p","birthDate":"2030-01-01"}
                """)))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("Patient/p.birthDate");
    }

    @Test
    void documentsThatAreNotFhirBundlesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> reader.read("this is not json"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("not a valid FHIR R4 Bundle");
        assertThatThrownBy(() -> reader.read("{\"resourceType\":\"Patient\",\"id\":\"x\"}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("Bundle")
                .hasMessageContaining("Patient");
        assertThatThrownBy(() -> reader.read(bundle("{\"resourceType\":\"Observation\",\"status\":\"final\","
                        + "\"code\":{\"text\":\"x\"},\"effectiveDateTime\":\"yesterday\"}")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("yesterday");
        assertThatThrownBy(() -> reader.read(bundle("{\"resourceType\":\"NotAResource\"}")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("NotAResource");
        assertThatThrownBy(() -> reader.read(bundle("{\"resourceType\":\"Patient\",\"birthDate\":19670412}")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("birthDate");
        assertThatThrownBy(() -> reader.read(""))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("empty");
    }

    private static String bundle(String resources) {
        StringBuilder entries = new StringBuilder();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < resources.length(); i++) {
            char c = resources.charAt(i);
            if (c == '{' && depth++ == 0) {
                start = i;
            } else if (c == '}' && --depth == 0) {
                entries.append(entries.isEmpty() ? "" : ",")
                        .append("{\"resource\":")
                        .append(resources, start, i + 1)
                        .append('}');
            }
        }
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + entries + "]}";
    }

    @Test
    void aUnitWithAHugePowerOfTenIsRefusedAtOnce() {
        // found by bench/run fuzz (seed 1, request 2470, the document of POST /patient): UCUM computed 10^999 for
        // minutes while holding the converter's lock, so every request with a lab unit waited behind it
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\",\"gender\":[\"unknown\"],\"birthDate\":{\"v\":\"\"}}},"
                + "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":"
                + "[{\"system\":\"http://loinc.org\",\"code\":\"1920-8\"}]},\"valueQuantity\":{\"value\":56.9,"
                + "\"unit\":\"10^999/L\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"10^999/L\"}}}]}";
        assertThatThrownBy(() -> reader.read(bundle)).isInstanceOf(ProfileException.class);
    }
}
