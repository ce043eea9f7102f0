package org.trialfinder.app.site.search;

import java.util.List;
import java.util.Locale;

/**
 * The plain words the search page uses for ClinicalTrials.gov's coded values (statuses after the
 * reference trial page: "Enrolling", "Not yet enrolling"). Kept to what the search page shows; the
 * trial page's fuller vocabulary lives with it.
 */
final class SearchWords {
    private SearchWords() {
    }

    static String status(String code) {
        if (code == null || code.isEmpty()) {
            return "Status not given";
        }
        return switch (code) {
            case "RECRUITING" -> "Enrolling";
            case "NOT_YET_RECRUITING" -> "Not yet enrolling";
            case "ENROLLING_BY_INVITATION" -> "Enrolling by invitation";
            case "ACTIVE_NOT_RECRUITING" -> "Active, not enrolling";
            case "UNKNOWN" -> "Status unknown";
            case "AVAILABLE" -> "Available (expanded access)";
            case "NO_LONGER_AVAILABLE" -> "No longer available";
            case "TEMPORARILY_NOT_AVAILABLE" -> "Temporarily not available";
            case "APPROVED_FOR_MARKETING" -> "Approved for marketing";
            default -> sentence(code);
        };
    }

    static String phase(String code) {
        return switch (code) {
            case "EARLY_PHASE1" -> "Early phase 1";
            case "PHASE1" -> "Phase 1";
            case "PHASE2" -> "Phase 2";
            case "PHASE3" -> "Phase 3";
            case "PHASE4" -> "Phase 4";
            case "NA" -> "No phase (not a drug trial)";
            default -> sentence(code);
        };
    }

    /** A study's phases as one label: "Phase 1/2" for a combined phase, as trial registries write it. */
    static String phases(List<String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        if (codes.size() == 2 && codes.get(0).startsWith("PHASE") && codes.get(1).startsWith("PHASE")) {
            return "Phase " + codes.get(0).substring(5) + "/" + codes.get(1).substring(5);
        }
        return String.join(", ", codes.stream().map(SearchWords::phase).toList());
    }

    static String studyType(String code) {
        return switch (code) {
            case "INTERVENTIONAL" -> "Interventional (clinical trial)";
            case "OBSERVATIONAL" -> "Observational";
            case "EXPANDED_ACCESS" -> "Expanded access";
            default -> sentence(code);
        };
    }

    static String funderType(String code) {
        return switch (code) {
            case "NIH" -> "NIH";
            case "FED" -> "U.S. federal agency (not NIH)";
            case "INDUSTRY" -> "Industry";
            case "OTHER" -> "Other (universities, hospitals, foundations)";
            case "OTHER_GOV" -> "Other government";
            case "INDIV" -> "Individual";
            case "NETWORK" -> "Network";
            case "AMBIG" -> "Ambiguous";
            case "UNKNOWN" -> "Unknown";
            default -> sentence(code);
        };
    }

    private static String sentence(String code) {
        String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
