package org.trialfinder.eligibility.intake;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.StringType;
import org.trialfinder.eligibility.criterion.TestResultCheck.Result;
import org.trialfinder.eligibility.criterion.TestResultCheck.Test;
import org.trialfinder.eligibility.intake.PatientProfile.TestResult;

/**
 * Test results carried by FHIR Observations: the qualitative LOINC codes of each test, the result from a
 * coded or written value (positive / negative, detected / not detected, reactive / non-reactive) or else
 * the Observation's interpretation (POS, NEG, DET, ND). A quantitative viral load (a {@code valueQuantity}
 * under a quantitative LOINC code) is a lab and never comes here; a number under a qualitative code without
 * a positive or negative result is not read, with a warning. The latest result of each test counts.
 */
final class FhirTestResults {

    // LOINC qualitative ("[Presence]", "[Interpretation]") codes; looked up on loinc.org and lab catalogues
    private static final Map<String, Test> LOINC = Map.ofEntries(
            Map.entry("7917-8", Test.HIV), // HIV 1 Ab [Presence] in Serum
            Map.entry("31201-7", Test.HIV), // HIV 1+2 Ab [Presence] in Serum or Plasma by Immunoassay
            Map.entry("56888-1", Test.HIV), // HIV 1+2 Ab + HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay
            Map.entry("68961-2", Test.HIV), // HIV 1 Ab [Presence] in Serum, Plasma or Blood by Rapid immunoassay
            Map.entry("75622-1", Test.HIV), // HIV 1 and 2 tests - Meaningful Use set
            Map.entry("80387-4", Test.HIV), // HIV 1+2 Ab [Presence] in Serum, Plasma or Blood by Rapid immunoassay
            Map.entry("5195-3", Test.HBSAG), // Hepatitis B virus surface Ag [Presence] in Serum
            Map.entry(
                    "5196-1", Test.HBSAG), // Hepatitis B virus surface Ag [Presence] in Serum or Plasma by Immunoassay
            Map.entry(
                    "13952-7", Test.ANTI_HBC), // Hepatitis B virus core Ab [Presence] in Serum or Plasma by Immunoassay
            Map.entry("16933-4", Test.ANTI_HBC), // Hepatitis B virus core Ab [Presence] in Serum
            Map.entry("5007-0", Test.HBV_DNA), // Hepatitis B virus DNA [Presence] in Blood by NAA with probe detection
            Map.entry("16128-1", Test.HCV_AB), // Hepatitis C virus Ab [Presence] in Serum
            Map.entry("13955-0", Test.HCV_AB), // Hepatitis C virus Ab [Presence] in Serum or Plasma by Immunoassay
            Map.entry(
                    "11259-9",
                    Test.HCV_RNA), // Hepatitis C virus RNA [Presence] in Serum or Plasma by NAA with probe detection
            Map.entry(
                    "71773-6", Test.TB), // M. tuberculosis stimulated gamma interferon [Interpretation] in Blood (IGRA)
            Map.entry("1648-5", Test.TB), // Tuberculosis reaction wheal 3 days post 5 TU intradermal (skin test; mm)
            Map.entry("2106-3", Test.PREGNANCY), // Choriogonadotropin (pregnancy test) [Presence] in Urine
            Map.entry("2118-8", Test.PREGNANCY), // Choriogonadotropin [Presence] in Serum or Plasma
            Map.entry("2110-5", Test.PREGNANCY), // Choriogonadotropin.beta subunit [Presence] in Serum or Plasma
            Map.entry(
                    "80384-1",
                    Test.PREGNANCY), // Choriogonadotropin (pregnancy test) [Presence] in Urine by Rapid immunoassay
            Map.entry(
                    "80385-8",
                    Test.PREGNANCY), // Choriogonadotropin (pregnancy test) [Presence] in Serum by Rapid immunoassay
            Map.entry("10900-9", Test.ANTI_HBS), // Hepatitis B virus surface Ab [Presence] in Serum by Immunoassay
            Map.entry("20507-0", Test.SYPHILIS), // Reagin Ab [Presence] in Serum by RPR
            Map.entry("94500-6", Test.SARS_COV_2), // SARS-CoV-2 RNA [Presence] in Respiratory specimen by NAA
            Map.entry("94309-2", Test.SARS_COV_2), // SARS-CoV-2 RNA [Presence] in Specimen by NAA
            Map.entry(
                    "94558-4",
                    Test.SARS_COV_2), // SARS-CoV-2 Ag [Presence] in Respiratory specimen by Rapid immunoassay
            Map.entry(
                    "95209-3",
                    Test.SARS_COV_2)); // SARS-CoV+SARS-CoV-2 Ag [Presence] in Respiratory specimen by Rapid immunoassay

    // SNOMED CT qualifier values and LOINC answers for a qualitative result
    private static final Map<String, Result> ANSWERS = Map.ofEntries(
            Map.entry("10828004", Result.POSITIVE), // Positive
            Map.entry("260385009", Result.NEGATIVE), // Negative
            Map.entry("260373001", Result.POSITIVE), // Detected
            Map.entry("260415000", Result.NEGATIVE), // Not detected
            Map.entry("11214006", Result.POSITIVE), // Reactive
            Map.entry("131194007", Result.NEGATIVE), // Non-reactive
            Map.entry("LA6576-8", Result.POSITIVE),
            Map.entry("LA6577-6", Result.NEGATIVE),
            Map.entry("LA11882-0", Result.POSITIVE),
            Map.entry("LA11883-8", Result.NEGATIVE),
            Map.entry("LA15255-5", Result.POSITIVE),
            Map.entry("LA15256-3", Result.NEGATIVE));

    // HL7 v3 ObservationInterpretation: positive, negative, detected, not detected
    private static final Map<String, Result> INTERPRETATIONS =
            Map.of("POS", Result.POSITIVE, "NEG", Result.NEGATIVE, "DET", Result.POSITIVE, "ND", Result.NEGATIVE);

    private final Map<Test, TestResult> latest = new EnumMap<>(Test.class);

    /**
     * Reads the Observation if it is a test this class knows: true when it was (read, or not read with a
     * warning), false when it is something else (a lab, say).
     */
    boolean read(Observation observation, Set<String> loincCodes, LocalDate date, String where, List<String> warnings) {
        Test test = loincCodes.stream()
                .map(LOINC::get)
                .filter(t -> t != null)
                .findFirst()
                .orElse(null);
        if (test == null && !observation.hasValueQuantity()) {
            // no code known: the code's words may still name one ("QuantiFERON-TB Gold Plus")
            test = TestResultNames.test(FhirBundleReader.text(observation.getCode()))
                    .orElse(null);
        }
        if (test == null) {
            return false;
        }
        Optional<Result> result = value(observation).or(() -> interpretation(observation));
        if (result.isEmpty()) {
            warnings.add(where + ": " + TestResultNames.shortName(test)
                    + " without a positive or negative result (a coded or written value, or an interpretation"
                    + " POS/NEG/DET/ND); not read");
            return true;
        }
        String name = Optional.ofNullable(FhirBundleReader.text(observation.getCode()))
                .orElse(TestResultNames.shortName(test));
        TestResult read = new TestResult(name, test, result.get(), date);
        TestResult before = latest.get(test);
        if (before == null || date != null && (before.date() == null || date.isAfter(before.date()))) {
            latest.put(test, read);
        }
        return true;
    }

    List<TestResult> results() {
        return List.copyOf(latest.values());
    }

    private static Optional<Result> value(Observation observation) {
        if (observation.getValue() instanceof CodeableConcept concept) {
            for (Coding coding : concept.getCoding()) {
                Result r = coding.hasCode() ? ANSWERS.get(coding.getCode().strip()) : null;
                if (r != null) {
                    return Optional.of(r);
                }
            }
            for (Coding coding : concept.getCoding()) {
                Optional<Result> r = TestResultNames.result(coding.getDisplay());
                if (r.isPresent()) {
                    return r;
                }
            }
            return TestResultNames.result(concept.getText());
        }
        if (observation.getValue() instanceof StringType string) {
            return TestResultNames.result(string.getValue());
        }
        return Optional.empty();
    }

    private static Optional<Result> interpretation(Observation observation) {
        for (CodeableConcept concept : observation.getInterpretation()) {
            for (Coding coding : concept.getCoding()) {
                Result r =
                        coding.hasCode() ? INTERPRETATIONS.get(coding.getCode().strip()) : null;
                if (r != null) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
