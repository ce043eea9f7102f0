package org.trialfinder.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The filters a person narrows a search with, each with ClinicalTrials.gov's website key (as used in
 * {@code aggFilters=status:rec not,phase:2 3}) and its options. Each option names the indexed value
 * it selects. Options of one facet are ORed, facets are ANDed, as on the website.
 */
public enum Facet {
    STATUS(
            "status",
            "OverallStatus",
            options(
                    "rec",
                    "RECRUITING",
                    "not",
                    "NOT_YET_RECRUITING",
                    "act",
                    "ACTIVE_NOT_RECRUITING",
                    "enr",
                    "ENROLLING_BY_INVITATION",
                    "com",
                    "COMPLETED",
                    "ter",
                    "TERMINATED",
                    "sus",
                    "SUSPENDED",
                    "wit",
                    "WITHDRAWN",
                    "unk",
                    "UNKNOWN",
                    "ava",
                    "AVAILABLE",
                    "nla",
                    "NO_LONGER_AVAILABLE",
                    "tna",
                    "TEMPORARILY_NOT_AVAILABLE",
                    "afm",
                    "APPROVED_FOR_MARKETING",
                    "whe",
                    "WITHHELD")),
    PHASE(
            "phase",
            "Phase",
            options("0", "EARLY_PHASE1", "1", "PHASE1", "2", "PHASE2", "3", "PHASE3", "4", "PHASE4", "na", "NA")),
    STUDY_TYPE(
            "studyType",
            "StudyType",
            options("int", "INTERVENTIONAL", "obs", "OBSERVATIONAL", "exp", "EXPANDED_ACCESS")),
    FUNDER_TYPE(
            "funderType",
            "LeadSponsorClass",
            options(
                    "nih",
                    "NIH",
                    "fed",
                    "FED",
                    "industry",
                    "INDUSTRY",
                    "other",
                    "OTHER",
                    "othergov",
                    "OTHER_GOV",
                    "indiv",
                    "INDIV",
                    "network",
                    "NETWORK",
                    "ambig",
                    "AMBIG",
                    "unknown",
                    "UNKNOWN")),
    SEX("sex", "Sex", options("f", "FEMALE", "m", "MALE", "a", "ALL")),
    AGES("ages", "StdAge", options("child", "CHILD", "adult", "ADULT", "older", "OLDER_ADULT")),
    HEALTHY("healthy", "HealthyVolunteers", options("y", "true", "n", "false")),
    RESULTS("results", "HasResults", options("with", "true", "without", "false")),
    INTERVENTION_TYPE(
            "intervention",
            "InterventionType",
            options(
                    "drug",
                    "DRUG",
                    "device",
                    "DEVICE",
                    "biological",
                    "BIOLOGICAL",
                    "procedure",
                    "PROCEDURE",
                    "radiation",
                    "RADIATION",
                    "behavioral",
                    "BEHAVIORAL",
                    "genetic",
                    "GENETIC",
                    "supplement",
                    "DIETARY_SUPPLEMENT",
                    "combination",
                    "COMBINATION_PRODUCT",
                    "diagnostic",
                    "DIAGNOSTIC_TEST",
                    "other",
                    "OTHER"));

    private final String key;
    private final String piece;
    private final Map<String, String> options;

    Facet(String key, String piece, Map<String, String> options) {
        this.key = key;
        this.piece = piece;
        this.options = options;
    }

    private static Map<String, String> options(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The website's key, e.g. {@code status}. */
    public String key() {
        return key;
    }

    /** The indexed piece whose values this facet counts and filters (the funder type is the lead sponsor's class). */
    public String piece() {
        return piece;
    }

    /** Option key (as in aggFilters) to indexed value. */
    public Map<String, String> options() {
        return options;
    }

    public static Optional<Facet> byKey(String key) {
        for (Facet f : values()) {
            if (f.key.equalsIgnoreCase(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Resolves an option key or an indexed value (case-insensitive) to the indexed value. */
    public String value(String optionOrValue) {
        String v = options.get(optionOrValue.toLowerCase(Locale.ROOT));
        if (v != null) {
            return v;
        }
        for (String indexed : options.values()) {
            if (indexed.equalsIgnoreCase(optionOrValue)) {
                return indexed;
            }
        }
        throw new SearchException("aggFilters: \"" + optionOrValue + "\" is not an option of " + key + " (allowed: "
                + String.join(", ", options.keySet()) + ")");
    }

    /** A facet with the options chosen in it. */
    public record Selection(Facet facet, List<String> values) {}
}
