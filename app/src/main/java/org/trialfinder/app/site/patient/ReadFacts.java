package org.trialfinder.app.site.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialfinder.eligibility.intake.PatientProfile;

/** What was read of a patient, as short lines a person can check ("Age: 58 years", "ALT: 30 U/L (ULN 40)"). */
final class ReadFacts {
    private ReadFacts() {}

    static List<String> of(PatientProfile p) {
        List<String> out = new ArrayList<>();
        if (p.ageYears() != null) {
            out.add("Age: " + number(p.ageYears()) + " years");
        }
        if (p.sex() != null) {
            out.add("Sex: " + p.sex().name().toLowerCase(Locale.ROOT));
        }
        if (p.pregnant() != null) {
            out.add(p.pregnant() ? "Pregnant" : "Not pregnant");
        }
        if (p.lactating() != null) {
            out.add(p.lactating() ? "Breastfeeding" : "Not breastfeeding");
        }
        if (p.performanceStatus() != null) {
            out.add(p.performanceStatus().scale() + " performance status: "
                    + p.performanceStatus().value());
        }
        for (PatientProfile.LabResult l : p.labs()) {
            out.add(l.name() + ": " + number(l.value()) + (l.unit() == null ? "" : " " + l.unit())
                    + (l.uln() == null ? "" : " (upper limit of normal " + number(l.uln()) + ")"));
        }
        if (!p.conditions().isEmpty()) {
            out.add("Conditions: " + String.join("; ", p.conditions()));
        }
        if (!p.metastases().isEmpty()) {
            out.add("Metastases: " + String.join(", ", p.metastases()));
        }
        for (PatientProfile.Treatment t : p.treatments()) {
            out.add("Treatment: " + t.name() + (t.startDate() == null ? "" : " (" + t.startDate() + ")"));
        }
        for (PatientProfile.TestResult t : p.tests()) {
            out.add("Test: " + t.name() + " " + t.result().word() + (t.date() == null ? "" : " (" + t.date() + ")"));
        }
        if (p.lifeExpectancyMonths() != null) {
            out.add("Life expectancy: " + number(p.lifeExpectancyMonths()) + " months");
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
