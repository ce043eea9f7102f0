package org.trialfinder.api.eligibility;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialfinder.eligibility.intake.PatientProfile;

/** A profile as plain JSON values (dates as ISO text, absent facts left out): what was read, shown back. */
final class PatientEcho {
    private PatientEcho() {}

    static Map<String, Object> of(PatientProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "ageYears", p.ageYears());
        put(m, "birthDate", p.birthDate());
        put(m, "sex", p.sex() == null ? null : p.sex().name().toLowerCase(Locale.ROOT));
        put(m, "pregnant", p.pregnant());
        put(m, "lactating", p.lactating());
        put(m, "childbearingPotential", p.childbearingPotential());
        if (p.performanceStatus() != null) {
            m.put(
                    "performanceStatus",
                    Map.of(
                            "scale",
                            p.performanceStatus().scale().name(),
                            "value",
                            p.performanceStatus().value()));
        }
        if (!p.labs().isEmpty()) {
            m.put(
                    "labs",
                    p.labs().stream()
                            .map(l -> {
                                Map<String, Object> lab = new LinkedHashMap<>();
                                lab.put("name", l.name());
                                lab.put("value", l.value());
                                put(lab, "unit", l.unit());
                                put(lab, "uln", l.uln());
                                put(lab, "lln", l.lln());
                                put(lab, "date", l.date());
                                return lab;
                            })
                            .toList());
        }
        if (!p.conditions().isEmpty()) {
            m.put("conditions", p.conditions());
        }
        if (!p.metastases().isEmpty()) {
            m.put("metastases", p.metastases());
        }
        if (!p.treatments().isEmpty()) {
            m.put(
                    "treatments",
                    p.treatments().stream()
                            .map(t -> {
                                Map<String, Object> tr = new LinkedHashMap<>();
                                tr.put("name", t.name());
                                put(tr, "startDate", t.startDate());
                                put(tr, "endDate", t.endDate());
                                return tr;
                            })
                            .toList());
        }
        if (!p.tests().isEmpty()) {
            m.put(
                    "tests",
                    p.tests().stream()
                            .map(t -> {
                                Map<String, Object> test = new LinkedHashMap<>();
                                test.put("name", t.name());
                                test.put("test", t.test().key());
                                test.put("result", t.result().word());
                                put(test, "date", t.date());
                                return test;
                            })
                            .toList());
        }
        put(m, "lifeExpectancyMonths", p.lifeExpectancyMonths());
        put(m, "asOf", p.asOf());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value instanceof TemporalAccessor ? value.toString() : value);
        }
    }

    static List<String> keys(PatientProfile p) {
        return List.copyOf(of(p).keySet());
    }
}
