package org.trialfinder.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Random patients as the eligibility endpoints and pages take them: JSON profiles (the fields of
 * {@code patient-profile.schema.json}, right and wrong types, unknown fields, deep nesting), FHIR R4 Bundles (Patient,
 * Observation, Condition, MedicationStatement, Procedure, with right and wrong shapes) and free-text notes.
 */
final class RandomPatients {
    private static final List<String> LABS = List.of(
            "ANC",
            "PLT",
            "Hb",
            "WBC",
            "TBIL",
            "AST",
            "ALT",
            "creatinine",
            "eGFR",
            "HbA1c",
            "LVEF",
            "QTc",
            "INR",
            "bananas",
            "");
    private static final List<String> UNITS = List.of(
            "10^9/L",
            "/uL",
            "10^3/uL",
            "g/dL",
            "g/L",
            "mmol/L",
            "mg/dL",
            "umol/L",
            "U/L",
            "%",
            "mL/min/1.73m2",
            "bananas",
            "",
            "10^999/L",
            "/",
            "[iU]/L");
    private static final List<String> LOINC =
            List.of("751-8", "777-3", "718-7", "2160-0", "1920-8", "1742-6", "33914-3", "4548-4", "8867-4", "0-0", "");

    private final HostileText t;

    RandomPatients(HostileText t) {
        this.t = t;
    }

    /** A JSON value that is sometimes of the wrong type. */
    private String scalar(String right) {
        return switch (t.between(0, 9)) {
            case 0 -> "null";
            case 1 -> "\"" + json(t.text()) + "\"";
            case 2 -> "[" + right + "]";
            case 3 -> "{\"v\":" + right + "}";
            case 4 -> t.pick(List.of("-1", "1e308", "-1e308", "0", "1.5", "true", "123456789012345678901234567890"));
            default -> right;
        };
    }

    private String number(double lo, double hi) {
        return String.format(Locale.ROOT, "%.1f", lo + t.random().nextDouble() * (hi - lo));
    }

    String profile() {
        StringBuilder s = new StringBuilder("{");
        List<String> fields = new ArrayList<>();
        if (t.chance(0.8)) fields.add("\"age\":" + scalar(number(-5, 130)));
        if (t.chance(0.7))
            fields.add("\"sex\":" + scalar("\"" + t.pick(List.of("female", "male", "other", "F", "")) + "\""));
        if (t.chance(0.3)) fields.add("\"pregnant\":" + scalar(t.pick(List.of("true", "false"))));
        if (t.chance(0.3)) fields.add("\"lactating\":" + scalar(t.pick(List.of("true", "false"))));
        if (t.chance(0.5)) {
            fields.add("\"performanceStatus\":"
                    + scalar("{\"scale\":\"" + t.pick(List.of("ECOG", "WHO", "Karnofsky", "Lansky", "bogus"))
                            + "\",\"value\":" + scalar(Integer.toString(t.between(-1, 110))) + "}"));
        }
        if (t.chance(0.6)) fields.add("\"conditions\":" + scalar(stringList()));
        if (t.chance(0.5)) fields.add("\"labs\":" + scalar(labs()));
        if (t.chance(0.3)) fields.add("\"treatments\":" + scalar(treatments()));
        if (t.chance(0.2))
            fields.add("\"metastases\":" + scalar("[\"" + t.pick(List.of("liver", "brain", "bone", "x")) + "\"]"));
        if (t.chance(0.1)) fields.add("\"" + json(t.text()) + "\":" + scalar("1"));
        if (t.chance(0.05)) fields.add("\"conditions\":" + deepArray(t.between(100, 5000)));
        s.append(String.join(",", fields)).append('}');
        return s.toString();
    }

    private String stringList() {
        List<String> items = new ArrayList<>();
        for (int i = t.between(0, 4); i > 0; i--) {
            items.add("\"" + json(t.text()) + "\"");
        }
        if (t.chance(0.02)) {
            for (int i = 0; i < 5000; i++) items.add("\"cancer\"");
        }
        return "[" + String.join(",", items) + "]";
    }

    private String labs() {
        List<String> items = new ArrayList<>();
        for (int i = t.between(0, 4); i > 0; i--) {
            items.add("{\"name\":\"" + t.pick(LABS) + "\",\"value\":" + scalar(number(-10, 100000)) + ",\"unit\":\""
                    + t.pick(UNITS) + "\"" + (t.chance(0.3) ? ",\"uln\":" + scalar(number(-1, 500)) : "")
                    + (t.chance(0.2)
                            ? ",\"date\":\"" + t.pick(List.of("2025-01-01", "2025-13-40", "x", "")) + "\""
                            : "")
                    + "}");
        }
        return "[" + String.join(",", items) + "]";
    }

    private String treatments() {
        List<String> items = new ArrayList<>();
        for (int i = t.between(0, 3); i > 0; i--) {
            items.add("{\"name\":\"" + json(t.pick(HostileText.WORDS)) + "\",\"date\":\""
                    + t.pick(List.of("2024-05-01", "2024", "tomorrow", "0000-00-00", "")) + "\"}");
        }
        return "[" + String.join(",", items) + "]";
    }

    private static String deepArray(int depth) {
        return "[".repeat(depth) + "\"x\"" + "]".repeat(depth);
    }

    String bundle() {
        List<String> entries = new ArrayList<>();
        if (t.chance(0.8)) {
            entries.add("{\"resource\":{\"resourceType\":\"Patient\",\"gender\":"
                    + scalar("\"" + t.pick(List.of("female", "male", "unknown", "other", "x")) + "\"")
                    + ",\"birthDate\":"
                    + scalar("\"" + t.pick(List.of("1960-04-02", "1960", "2030-01-01", "bad", "")) + "\"") + "}}");
        }
        for (int i = t.between(0, 4); i > 0; i--) {
            entries.add("{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{"
                    + "\"system\":\"http://loinc.org\",\"code\":\"" + t.pick(LOINC) + "\"}]},\"valueQuantity\":"
                    + scalar("{\"value\":" + scalar(number(-10, 10000)) + ",\"unit\":\"" + t.pick(UNITS)
                            + "\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"" + t.pick(UNITS) + "\"}")
                    + (t.chance(0.3)
                            ? ",\"effectiveDateTime\":\"" + t.pick(List.of("2025-01-01", "x", "2025-02-30T25:00"))
                                    + "\""
                            : "")
                    + "}}");
        }
        for (int i = t.between(0, 3); i > 0; i--) {
            entries.add("{\"resource\":{\"resourceType\":\""
                    + t.pick(List.of("Condition", "MedicationStatement", "Procedure", "Bogus", "Bundle", ""))
                    + "\",\"code\":{\"text\":" + scalar("\"" + json(t.text()) + "\"")
                    + "},\"clinicalStatus\":{\"coding\":[{\"code\":\""
                    + t.pick(List.of("active", "resolved", "x")) + "\"}]}}}");
        }
        if (t.chance(0.05)) {
            entries.add("{\"resource\":"
                    + "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":".repeat(t.between(50, 800)) + "{}"
                    + "}]}".repeat(t.between(0, 800)) + "}");
        }
        String type = t.chance(0.9) ? "Bundle" : t.pick(List.of("Patient", "bundle", "", "Parameters"));
        return "{\"resourceType\":\"" + type + "\",\"type\":\"collection\",\"entry\":"
                + scalar("[" + String.join(",", entries) + "]") + "}";
    }

    String note() {
        return switch (t.between(0, 5)) {
            case 0 ->
                "A " + t.between(1, 99) + "-year-old " + t.pick(List.of("man", "woman", "child")) + " with "
                        + t.pick(HostileText.WORDS.subList(0, 14)) + ", ECOG " + t.between(0, 5) + ", ANC "
                        + t.between(0, 9000) + "/uL, previously treated with "
                        + t.pick(List.of("carboplatin", "aspirin"))
                        + ". Denies " + t.pick(HostileText.WORDS.subList(0, 14)) + ".";
            case 1 -> t.text();
            case 2 -> "cancer. ".repeat(t.between(100, 5000));
            case 3 -> t.unicode(t.between(10, 2000));
            default -> t.text() + " " + t.pick(HostileText.WORDS) + " " + t.text();
        };
    }

    /** The text escaped for a JSON string; lone surrogates written as \\u escapes. */
    static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
