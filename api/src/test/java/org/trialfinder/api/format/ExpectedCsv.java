package org.trialfinder.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV cells of a study computed straight from its JSON, the way the ClinicalTrials.gov
 * exports lay them out, without going through the model or {@link CsvFormat}: the tests compare
 * the two. Cells a spreadsheet would run as formulas carry OWASP's leading single quote.
 */
final class ExpectedCsv {

    private ExpectedCsv() {}

    static Map<String, String> cells(JsonNode study) {
        JsonNode p = study.path("protocolSection");
        JsonNode id = p.path("identificationModule");
        JsonNode status = p.path("statusModule");
        JsonNode sponsors = p.path("sponsorCollaboratorsModule");
        JsonNode design = p.path("designModule");
        JsonNode eligibility = p.path("eligibilityModule");
        JsonNode outcomes = p.path("outcomesModule");
        String nct = id.path("nctId").asText();

        Map<String, String> m = new LinkedHashMap<>();
        m.put("NCT Number", nct);
        m.put("Study Title", text(id, "briefTitle"));
        m.put("Study URL", "https://clinicaltrials.gov/study/" + nct);
        m.put("Acronym", text(id, "acronym"));
        m.put("Study Status", text(status, "overallStatus"));
        m.put("Brief Summary", text(p.path("descriptionModule"), "briefSummary"));
        m.put("Study Results", study.path("hasResults").asBoolean(false) ? "YES" : "NO");
        m.put("Conditions", joinTexts(p.path("conditionsModule").path("conditions"), "|"));
        List<String> interventions = new ArrayList<>();
        for (JsonNode i : p.path("armsInterventionsModule").path("interventions")) {
            interventions.add(text(i, "type") + ": " + text(i, "name"));
        }
        m.put("Interventions", String.join("|", interventions));
        m.put("Primary Outcome Measures", outcomes(outcomes.path("primaryOutcomes")));
        m.put("Secondary Outcome Measures", outcomes(outcomes.path("secondaryOutcomes")));
        m.put("Other Outcome Measures", outcomes(outcomes.path("otherOutcomes")));
        m.put("Sponsor", text(sponsors.path("leadSponsor"), "name"));
        List<String> collaborators = new ArrayList<>();
        for (JsonNode c : sponsors.path("collaborators")) {
            collaborators.add(text(c, "name"));
        }
        m.put("Collaborators", String.join("|", collaborators));
        m.put("Sex", text(eligibility, "sex"));
        m.put("Age", joinTexts(eligibility.path("stdAges"), ", "));
        m.put("Phases", joinTexts(design.path("phases"), "|"));
        m.put(
                "Enrollment",
                design.path("enrollmentInfo").has("count")
                        ? design.path("enrollmentInfo").path("count").asText()
                        : "");
        m.put("Funder Type", text(sponsors.path("leadSponsor"), "class"));
        m.put("Study Type", text(design, "studyType"));
        m.put("Study Design", studyDesign(design.path("designInfo")));
        List<String> ids = new ArrayList<>();
        if (id.path("orgStudyIdInfo").has("id")) {
            ids.add(text(id.path("orgStudyIdInfo"), "id"));
        }
        for (JsonNode s : id.path("secondaryIdInfos")) {
            ids.add(text(s, "id"));
        }
        m.put("Other IDs", String.join("|", ids));
        m.put("Start Date", text(status.path("startDateStruct"), "date"));
        m.put("Primary Completion Date", text(status.path("primaryCompletionDateStruct"), "date"));
        m.put("Completion Date", text(status.path("completionDateStruct"), "date"));
        m.put("First Posted", text(status.path("studyFirstPostDateStruct"), "date"));
        m.put("Results First Posted", text(status.path("resultsFirstPostDateStruct"), "date"));
        m.put("Last Update Posted", text(status.path("lastUpdatePostDateStruct"), "date"));
        List<String> locations = new ArrayList<>();
        for (JsonNode l : p.path("contactsLocationsModule").path("locations")) {
            List<String> parts = new ArrayList<>();
            for (String field : List.of("facility", "city", "state", "zip", "country")) {
                if (l.has(field)) {
                    parts.add(text(l, field));
                }
            }
            locations.add(String.join(", ", parts));
        }
        m.put("Locations", String.join("|", locations));
        List<String> documents = new ArrayList<>();
        for (JsonNode d :
                study.path("documentSection").path("largeDocumentModule").path("largeDocs")) {
            documents.add(text(d, "label") + ", https://cdn.clinicaltrials.gov/large-docs/"
                    + nct.substring(nct.length() - 2) + "/" + nct + "/" + text(d, "filename"));
        }
        m.put("Study Documents", String.join("|", documents));
        m.replaceAll((column, cell) -> spreadsheetSafe(cell));
        return m;
    }

    /**
     * OWASP's rule for CSV injection, restated here: a cell starting with {@code = + - @}, tab or
     * CR is written with a leading single quote, unless it is a plain number.
     */
    static String spreadsheetSafe(String cell) {
        boolean formulaLike = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
        return formulaLike && !cell.matches("[+-]?[0-9]+(\\.[0-9]+)?") ? "'" + cell : cell;
    }

    private static String outcomes(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode o : list) {
            List<String> parts = new ArrayList<>();
            for (String field : List.of("measure", "description", "timeFrame")) {
                if (o.has(field)) {
                    parts.add(text(o, field));
                }
            }
            out.add(String.join(", ", parts));
        }
        return String.join("|", out);
    }

    private static String studyDesign(JsonNode info) {
        List<String> parts = new ArrayList<>();
        if (info.has("allocation")) {
            parts.add("Allocation: " + text(info, "allocation"));
        }
        if (info.has("interventionModel")) {
            parts.add("Intervention Model: " + text(info, "interventionModel"));
        }
        if (info.has("observationalModel")) {
            parts.add("Observational Model: " + text(info, "observationalModel"));
        }
        if (info.has("timePerspective")) {
            parts.add("Time Perspective: " + text(info, "timePerspective"));
        }
        JsonNode masking = info.path("maskingInfo");
        if (masking.has("masking")) {
            String who = joinTexts(masking.path("whoMasked"), ", ");
            parts.add("Masking: " + text(masking, "masking") + (who.isEmpty() ? "" : " (" + who + ")"));
        }
        if (info.has("primaryPurpose")) {
            parts.add("Primary Purpose: " + text(info, "primaryPurpose"));
        }
        return String.join(" | ", parts);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    static String joinTexts(JsonNode array, String separator) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            out.add(item.asText());
        }
        return String.join(separator, out);
    }
}
