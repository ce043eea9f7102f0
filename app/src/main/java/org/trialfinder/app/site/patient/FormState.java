package org.trialfinder.app.site.patient;

import java.util.List;
import java.util.Map;

/** What was typed into a patient form, to show it again (after a problem, or beside the results). */
public record FormState(Map<String, List<String>> values) {
    public static final FormState EMPTY = new FormState(Map.of());

    public FormState {
        values = Map.copyOf(values);
    }

    public String value(String name) {
        return FormProfile.one(values, name);
    }

    public boolean selected(String name, String option) {
        return values.getOrDefault(name, List.of()).contains(option);
    }

    public List<FormProfile.LabField> labs() {
        return FormProfile.LABS;
    }

    public List<FormProfile.TestField> tests() {
        return FormProfile.TESTS;
    }

    public List<String> metastasisSites() {
        return FormProfile.METASTASES;
    }
}
