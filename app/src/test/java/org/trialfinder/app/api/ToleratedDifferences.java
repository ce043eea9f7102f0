package org.trialfinder.app.api;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.app.api.OfficialRequests.Call;

/**
 * The validator's findings that are not Trialfinder departing from ClinicalTrials.gov, each with its
 * reason; the conformance test lists them apart (never silently). Everything else the validator
 * reports is a failure.
 */
final class ToleratedDifferences {
    /**
     * Properties of the stored records that the 2.0.5 schema does not know: ClinicalTrials.gov writes
     * {@code derivedSection.miscInfoModule.modelPredictions} and {@code interventions[].interventionMappedName}
     * in records newer than the file; {@code contactsLocationsModule.locations_nested} comes from the
     * exporter some sample records were gathered through. Trialfinder serves stored records unchanged.
     */
    static final Set<String> RECORD_PROPERTIES_BEYOND_THE_FILE =
            Set.of("modelPredictions", "interventionMappedName", "locations_nested");

    private static final Pattern NOT_ALLOWED =
            Pattern.compile("properties which are not allowed by the schema: \\[(.*)]");

    private ToleratedDifferences() {}

    /** Why {@code message} about the answer to {@code call} is no departure, or empty when it is one. */
    static Optional<String> reason(Call call, ValidationReport.Message message) {
        String format = call.query().stream()
                .filter(p -> p.getKey().equals("format"))
                .map(p -> p.getValue())
                .findFirst()
                .orElse("json");
        if (message.getKey().equals("validation.response.contentType.notAllowed")) {
            if (call.path().equals("/studies") && format.equals("csv")) {
                return Optional.of("the file's listStudies offers format=csv but lists only application/json among"
                        + " its answers; ClinicalTrials.gov answers text/csv");
            }
            if (call.operationPath().equals("/studies/{nctId}") && format.equals("ris")) {
                return Optional.of(
                        "the file's fetchStudy offers format=ris but lists no RIS media type among its" + " answers");
            }
        }
        if (message.getKey().equals("validation.response.body.schema.additionalProperties")) {
            Matcher m = NOT_ALLOWED.matcher(message.getMessage());
            if (m.find()
                    && Arrays.stream(m.group(1).split(","))
                            .map(p -> p.trim().replace("\"", ""))
                            .allMatch(RECORD_PROPERTIES_BEYOND_THE_FILE::contains)) {
                return Optional.of("stored records carry " + m.group(1) + ", beyond the 2.0.5 schema");
            }
        }
        return Optional.empty();
    }
}
