package org.trialfinder.app.site.patient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialfinder.api.BadRequestException;

/**
 * The structured patient form of the pages, turned into the JSON profile the API reads, so the form,
 * the API and the JSON box go through one reader with one set of checks. Field names in errors are
 * the form's labels.
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormProfile() {}

    /** True when the form carries any structured fact (so an otherwise empty submit can be told apart). */
    static boolean anyStructured(Map<String, List<String>> form) {
        return form.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals("document")
                        && !e.getKey().equals("place")
                        && !e.getKey().equals("radius")
                        && e.getValue().stream().anyMatch(v -> !v.isBlank()));
    }

    static String toJson(Map<String, List<String>> form) {
        ObjectNode p = JSON.createObjectNode();
        String age = one(form, "age");
        if (!age.isEmpty()) {
            p.put("age", number(age, "Age"));
        }
        String sex = one(form, "sex");
        if (!sex.isEmpty()) {
            p.put("sex", sex);
        }
        yesNo(form, "pregnant", p);
        yesNo(form, "lactating", p);
        String ecog = one(form, "ecog");
        if (!ecog.isEmpty()) {
            p.putObject("performanceStatus").put("scale", "ECOG").put("value", (int)
                    number(ecog, "ECOG performance status"));
        }
        ArrayNode labs = JSON.createArrayNode();
        for (LabField lab : LABS) {
            String value = one(form, lab.param());
            if (value.isEmpty()) {
                continue;
            }
            ObjectNode l = labs.addObject();
            l.put("name", lab.name());
            l.put("value", number(value, lab.label()));
            String unit = one(form, lab.param() + "-unit");
            l.put("unit", unit.isEmpty() ? lab.units().get(0) : unit);
            String uln = one(form, lab.param() + "-uln");
            if (!uln.isEmpty()) {
                l.put("uln", number(uln, lab.label() + " upper limit of normal"));
            }
        }
        if (!labs.isEmpty()) {
            p.set("labs", labs);
        }
        ArrayNode conditions = lines(form, "conditions");
        if (!conditions.isEmpty()) {
            p.set("conditions", conditions);
        }
        ArrayNode metastases = JSON.createArrayNode();
        form.getOrDefault("metastases", List.of()).stream()
                .filter(METASTASES::contains)
                .forEach(metastases::add);
        if (!metastases.isEmpty()) {
            p.set("metastases", metastases);
        }
        ArrayNode treatments = JSON.createArrayNode();
        for (String line : one(form, "treatments").split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            ObjectNode tr = treatments.addObject();
            // "oxaliplatin, 2025-03-01": a date after the last comma, when it looks like one
            int comma = t.lastIndexOf(',');
            String tail = comma < 0 ? "" : t.substring(comma + 1).strip();
            if (tail.matches("\\d{4}(-\\d{2}){0,2}")) {
                tr.put("name", t.substring(0, comma).strip());
                tr.put("date", tail);
            } else {
                tr.put("name", t);
            }
        }
        if (!treatments.isEmpty()) {
            p.set("treatments", treatments);
        }
        return p.toString();
    }

    private static void yesNo(Map<String, List<String>> form, String name, ObjectNode p) {
        String v = one(form, name);
        if (v.equals("yes") || v.equals("no")) {
            p.put(name, v.equals("yes"));
        }
    }

    private static ArrayNode lines(Map<String, List<String>> form, String name) {
        ArrayNode out = JSON.createArrayNode();
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
            return Double.parseDouble(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new BadRequestException(label + " must be a number, got \"" + text + "\"");
        }
    }
}
