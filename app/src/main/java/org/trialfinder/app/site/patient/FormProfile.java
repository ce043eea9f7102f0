package org.trialfinder.app.site.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.eligibility.intake.PatientIntake;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.intake.ProfileException;
import org.trialfinder.eligibility.intake.ProfileFields;

/**
 * The structured patient form of the pages, read fact by fact into a profile checked as the API's
 * JSON profile is ({@link ProfileFields}), so the form and the JSON box are refused alike. A value
 * that is not a number is named by the form's label.
 */
public final class FormProfile {
    /** The labs the form offers: the profile's lab name, the label, and the units offered (first is the default). */
    public record LabField(String name, String label, List<String> units) {
        public String param() {
            return "lab-" + name.toLowerCase(Locale.ROOT);
        }
    }

    static final List<LabField> LABS = List.of(
            new LabField("ANC", "Neutrophils (ANC)", List.of("10^9/L", "/uL", "10^3/uL")),
            new LabField("PLT", "Platelets", List.of("10^9/L", "/uL", "10^3/uL")),
            new LabField("Hb", "Haemoglobin", List.of("g/dL", "g/L", "mmol/L")),
            new LabField("WBC", "White blood cells", List.of("10^9/L", "/uL", "10^3/uL")),
            new LabField("TBIL", "Total bilirubin", List.of("mg/dL", "umol/L")),
            new LabField("AST", "AST", List.of("U/L")),
            new LabField("ALT", "ALT", List.of("U/L")),
            new LabField("creatinine", "Creatinine", List.of("mg/dL", "umol/L")),
            new LabField("eGFR", "eGFR", List.of("mL/min/1.73m2")),
            new LabField("HbA1c", "HbA1c", List.of("%", "mmol/mol")),
            new LabField("LVEF", "LVEF", List.of("%")));
    static final List<String> METASTASES = List.of("liver", "brain", "bone", "lung");

    /** The test results the form offers: the profile's test name and the label. */
    public record TestField(String name, String label) {
        public String param() {
            return "test-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
    }

    static final List<TestField> TESTS = List.of(
            new TestField("HIV", "HIV test"),
            new TestField("HBsAg", "HBsAg (hepatitis B surface antigen)"),
            new TestField("anti-HBc", "Hepatitis B core antibody (anti-HBc)"),
            new TestField("HBV DNA", "HBV DNA"),
            new TestField("HCV antibody", "Hepatitis C antibody (anti-HCV)"),
            new TestField("HCV RNA", "HCV RNA"),
            new TestField("tuberculosis test", "Tuberculosis test (IGRA, QuantiFERON, skin test)"),
            new TestField("pregnancy test", "Pregnancy test"),
            new TestField("anti-HBs", "Hepatitis B surface antibody (anti-HBs)"),
            new TestField("syphilis", "Syphilis test (RPR, VDRL, TP antibody)"),
            new TestField("SARS-CoV-2", "SARS-CoV-2 test (PCR or antigen)"));

    private FormProfile() {}

    /** True when the form carries any structured fact (so an otherwise empty submit can be told apart). */
    static boolean anyStructured(Map<String, List<String>> form) {
        return form.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals("document")
                        && !e.getKey().equals("place")
                        && !e.getKey().equals("radius")
                        && e.getValue().stream().anyMatch(v -> !v.isBlank()));
    }

    /**
     * The patient of the structured form, read fact by fact into {@code fields} (which checks them as
     * a JSON profile's facts are checked).
     *
     * @throws FormException naming the field when a value is not a number or a fact is impossible
     */
    static PatientReading read(Map<String, List<String>> form, ProfileFields fields) {
        String age = one(form, "age");
        if (!age.isEmpty()) {
            fields.age(number(age, "Age"));
        }
        String sex = one(form, "sex");
        if (!sex.isEmpty()) {
            fields.sex(sex);
        }
        yesNo(form, "pregnant").ifPresent(fields::pregnant);
        yesNo(form, "lactating").ifPresent(fields::lactating);
        String ecog = one(form, "ecog");
        if (!ecog.isEmpty()) {
            fields.performanceStatus(Scale.ECOG, (int) number(ecog, "ECOG performance status"));
        }
        for (LabField lab : LABS) {
            String value = one(form, lab.param());
            if (value.isEmpty()) {
                continue;
            }
            double v = number(value, lab.label());
            String unit = one(form, lab.param() + "-unit");
            String uln = one(form, lab.param() + "-uln");
            fields.lab(
                    lab.name(),
                    v,
                    unit.isEmpty() ? lab.units().get(0) : unit,
                    uln.isEmpty() ? null : number(uln, lab.label() + " upper limit of normal"));
        }
        lines(form, "conditions").forEach(fields::condition);
        form.getOrDefault("metastases", List.of()).stream()
                .filter(METASTASES::contains)
                .forEach(fields::metastasis);
        for (String t : lines(form, "treatments")) {
            // "oxaliplatin, 2025-03-01": a date after the last comma, when it looks like one
            int comma = t.lastIndexOf(',');
            String tail = comma < 0 ? "" : t.substring(comma + 1).strip();
            if (tail.matches("\\d{4}(-\\d{2}){0,2}")) {
                fields.treatment(t.substring(0, comma).strip(), tail);
            } else {
                fields.treatment(t, null);
            }
        }
        for (TestField test : TESTS) {
            String result = one(form, test.param());
            if (!result.isEmpty()) {
                fields.test(test.name(), result); // anything but a result is refused there, naming the test
            }
        }
        try {
            return fields.read();
        } catch (ProfileException e) {
            throw new FormException(PatientIntake.profileProblem(e));
        }
    }

    private static Optional<Boolean> yesNo(Map<String, List<String>> form, String name) {
        String v = one(form, name);
        return v.equals("yes") || v.equals("no") ? Optional.of(v.equals("yes")) : Optional.empty();
    }

    private static List<String> lines(Map<String, List<String>> form, String name) {
        List<String> out = new ArrayList<>();
        for (String line : one(form, name).split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip();
    }

    private static double number(String text, String label) {
        try {
            double value = Double.parseDouble(text.replace(",", ""));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new FormException(label + " must be a number, got \"" + text + "\"");
    }
}
