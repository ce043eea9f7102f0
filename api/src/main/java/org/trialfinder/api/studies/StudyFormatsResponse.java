package org.trialfinder.api.studies;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.format.CsvFormat;
import org.trialfinder.api.format.FhirResearchStudyFormat;
import org.trialfinder.api.format.JsonZip;
import org.trialfinder.api.format.RisFormat;
import org.trialfinder.api.format.StudyFormats;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.StoredStudy;

/** One study in the format asked for: its JSON as stored (or projected), CSV, RIS or FHIR R4. */
final class StudyFormatsResponse {
    /** The official {@code format=json.zip} of one study (not a {@link StudyFormats.Format}: it wraps JSON). */
    static final String JSON_ZIP = "json.zip";

    private StudyFormatsResponse() {}

    static ApiResponse render(StoredStudy stored, String formatName, List<String> fieldsParam) {
        if (formatName.equals(JSON_ZIP)) {
            // the JSON answer in a zip, as ClinicalTrials.gov's "download" of one study
            ApiResponse json = render(stored, "json", fieldsParam);
            return new ApiResponse(
                    200,
                    JsonZip.CONTENT_TYPE,
                    Map.of(
                            "Content-Disposition",
                            "attachment; filename=\"" + JsonZip.fileName(stored.nctId()) + ".zip\""),
                    JsonZip.single(stored.nctId(), json.body()));
        }
        StudyFormats.Format format;
        try {
            format = StudyFormats.Format.parse(formatName);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("format: " + e.getMessage() + " (or json.zip)");
        }
        List<String> fields = fieldsParam == null || fieldsParam.isEmpty()
                ? null
                : Arrays.stream(fieldsParam.get(0).split("[,|]"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        try {
            return switch (format) {
                case JSON ->
                    fields == null
                            ? ApiResponse.json(stored.json())
                            : ApiResponse.json(StudyJson.mapper()
                                    .writeValueAsBytes(
                                            StudyFieldsProjection.of(fields).apply(StudyJson.mapper(), stored.json())));
                case CSV -> {
                    CsvFormat csv = fields == null ? CsvFormat.all() : csvColumns(fields);
                    StringWriter w = new StringWriter();
                    csv.writeHeader(w);
                    csv.writeRow(stored.study(), w);
                    yield new ApiResponse(
                            200,
                            "text/csv; charset=utf-8",
                            Map.of(),
                            w.toString().getBytes(StandardCharsets.UTF_8));
                }
                case RIS -> {
                    RisFormat ris = fields == null ? RisFormat.all() : risTags(fields);
                    yield new ApiResponse(
                            200,
                            format.contentType() + "; charset=utf-8",
                            Map.of(),
                            ris.render(stored.study()).getBytes(StandardCharsets.UTF_8));
                }
                case FHIR_JSON -> {
                    if (fields != null) {
                        throw new BadRequestException("fields cannot be used with format=fhir.json");
                    }
                    Study study = stored.study();
                    yield new ApiResponse(
                            200,
                            format.contentType(),
                            Map.of(),
                            FhirResearchStudyFormat.instance().toJson(study).getBytes(StandardCharsets.UTF_8));
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvFormat csvColumns(List<String> fields) {
        try {
            return CsvFormat.columns(fields);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static RisFormat risTags(List<String> fields) {
        try {
            return RisFormat.tags(fields);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
