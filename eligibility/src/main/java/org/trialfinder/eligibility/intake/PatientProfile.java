package org.trialfinder.eligibility.intake;

import java.time.LocalDate;
import java.util.List;
import org.trialfinder.eligibility.criterion.TestResultCheck;

/**
 * What is known about one patient, as the pre-screener reads it. Every field may be unknown (null or
 * empty): an unknown fact makes a criterion "unknown", never "not met". Built by
 * {@link PatientProfileReader} (JSON), the FHIR Bundle reader or the note extractor; never stored.
 *
 * @param ageYears age in years at {@link #asOf()} (from "age" or computed from the birth date)
 * @param birthDate when given
 * @param sex FEMALE or MALE
 * @param pregnant, lactating, childbearingPotential as stated
 * @param performanceStatus one performance score with its scale
 * @param labs lab results with their units as given (converted by the evaluator)
 * @param conditions diagnoses in the patient's or the record's words ("recurrent rectal cancer", "HIV")
 * @param metastases metastatic sites ("liver", "brain", "bone", "lung")
 * @param treatments prior treatments (drugs, radiotherapy, surgery) with dates when known
 * @param lifeExpectancyMonths when stated
 * @param asOf the date "within 6 months" is counted back from (today unless the profile says)
 * @param tests test results (HBsAg negative, IGRA positive, …): facts about tests, never diagnoses
 */
public record PatientProfile(
        Double ageYears,
        LocalDate birthDate,
        Sex sex,
        Boolean pregnant,
        Boolean lactating,
        Boolean childbearingPotential,
        PerformanceStatus performanceStatus,
        List<LabResult> labs,
        List<String> conditions,
        List<String> metastases,
        List<Treatment> treatments,
        Double lifeExpectancyMonths,
        LocalDate asOf,
        List<TestResult> tests) {

    public enum Sex {
        FEMALE,
        MALE
    }

    /** A performance score: scale ECOG (0-5), WHO (0-5), KARNOFSKY (0-100) or LANSKY (0-100). */
    public record PerformanceStatus(Scale scale, int value) {
        public enum Scale {
            ECOG,
            WHO,
            KARNOFSKY,
            LANSKY
        }
    }

    /**
     * One lab result. {@code name} is as written ("ANC", "neutrophils", "PLT", "TBIL"; a LOINC code from
     * FHIR is turned into a name the lab catalog knows); {@code unit} is UCUM or a common spelling
     * ("/uL", "10^9/L", "g/dL", "U/L", "%"); {@code uln}/{@code lln} are the patient's lab's limits in
     * the same unit, when given.
     */
    public record LabResult(String name, double value, String unit, Double uln, Double lln, LocalDate date) {}

    /** A prior treatment: a drug name, "radiotherapy", "surgery", … with dates when known. */
    public record Treatment(String name, LocalDate startDate, LocalDate endDate) {}

    /**
     * One test result: which test ({@code name} as written: "HBsAg", "QuantiFERON-TB Gold"), positive or
     * negative, and when, if known.
     */
    public record TestResult(String name, TestResultCheck.Test test, TestResultCheck.Result result, LocalDate date) {}

    /** A profile without test results. */
    public PatientProfile(
            Double ageYears,
            LocalDate birthDate,
            Sex sex,
            Boolean pregnant,
            Boolean lactating,
            Boolean childbearingPotential,
            PerformanceStatus performanceStatus,
            List<LabResult> labs,
            List<String> conditions,
            List<String> metastases,
            List<Treatment> treatments,
            Double lifeExpectancyMonths,
            LocalDate asOf) {
        this(
                ageYears,
                birthDate,
                sex,
                pregnant,
                lactating,
                childbearingPotential,
                performanceStatus,
                labs,
                conditions,
                metastases,
                treatments,
                lifeExpectancyMonths,
                asOf,
                List.of());
    }

    public PatientProfile {
        tests = tests == null ? List.of() : List.copyOf(tests);
        labs = labs == null ? List.of() : List.copyOf(labs);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        metastases = metastases == null ? List.of() : List.copyOf(metastases);
        treatments = treatments == null ? List.of() : List.copyOf(treatments);
    }
}
