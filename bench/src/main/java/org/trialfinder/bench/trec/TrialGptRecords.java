package org.trialfinder.bench.trec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trialfinder.model.StudyJson;

/**
 * Turns a trial of the TrialGPT corpus format ({@code {_id, title, text, metadata:{diseases_list,
 * drugs_list, inclusion_criteria, exclusion_criteria, brief_summary, …}}}) into a minimal API v2 record
 * for the trials the SIGIR 2016 cohort judged that no real record covers.
 *
 * <p>Only what the corpus says is carried over, word for word: the title, the diseases as conditions,
 * the drugs as interventions (no type: the corpus does not say), the summary, and the two criteria
 * texts under "Inclusion Criteria:" / "Exclusion Criteria:" headings so the splitter sees the sections.
 * The record is marked with a top-level {@code "tfMinimalRecord"} saying where it came from, so it can
 * never pass for a ClinicalTrials.gov record.
 */
public final class TrialGptRecords {
    public static final String MARK = "tfMinimalRecord";

    private TrialGptRecords() {}

    public static ObjectNode toV2(JsonNode trial, String origin) {
        ObjectNode study = StudyJson.mapper().createObjectNode();
        ObjectNode protocol = study.putObject("protocolSection");
        JsonNode meta = trial.path("metadata");
        ObjectNode identification = protocol.putObject("identificationModule");
        identification.put("nctId", trial.path("_id").asText());
        String title = trial.path("title").asText(meta.path("brief_title").asText(""));
        if (!title.isBlank()) {
            identification.put("briefTitle", title);
        }
        String summary = meta.path("brief_summary").asText("");
        if (!summary.isBlank()) {
            protocol.putObject("descriptionModule").put("briefSummary", summary);
        }
        ArrayNode conditions = protocol.putObject("conditionsModule").putArray("conditions");
        meta.path("diseases_list").forEach(d -> {
            if (!d.asText("").isBlank()) {
                conditions.add(d.asText());
            }
        });
        if (meta.path("drugs_list").size() > 0) {
            ArrayNode interventions =
                    protocol.putObject("armsInterventionsModule").putArray("interventions");
            meta.path("drugs_list").forEach(d -> {
                if (!d.asText("").isBlank()) {
                    interventions.addObject().put("name", d.asText());
                }
            });
        }
        String inclusion = meta.path("inclusion_criteria").asText("").strip();
        String exclusion = meta.path("exclusion_criteria").asText("").strip();
        StringBuilder criteria = new StringBuilder();
        if (!inclusion.isEmpty()) {
            criteria.append("Inclusion Criteria:\n\n").append(inclusion);
        }
        if (!exclusion.isEmpty()) {
            if (!criteria.isEmpty()) {
                criteria.append("\n\n");
            }
            criteria.append("Exclusion Criteria:\n\n").append(exclusion);
        }
        if (!criteria.isEmpty()) {
            protocol.putObject("eligibilityModule").put("eligibilityCriteria", criteria.toString());
        }
        study.put(
                MARK,
                "built from the TrialGPT-format corpus " + origin
                        + " (title, diseases, drugs, summary, criteria only); not a ClinicalTrials.gov record");
        return study;
    }
}
