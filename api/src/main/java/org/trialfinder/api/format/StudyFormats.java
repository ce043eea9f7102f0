package org.trialfinder.api.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/**
 * The output formats of a single study ({@code GET /studies/{nctId}?format=…}) and the CSV
 * format of study lists, in one place: which names and content types exist, and how to render a
 * study in each.
 */
public final class StudyFormats {

    private StudyFormats() {}

    /** A {@code format} parameter value and its content type. */
    public enum Format {
        /** ClinicalTrials.gov API v2 JSON, the stored record (the default). */
        JSON("json", "application/json"),
        /** ClinicalTrials.gov's CSV download columns ({@link CsvFormat}). */
        CSV("csv", "text/csv"),
        /** A citation record ({@link RisFormat}). */
        RIS("ris", RisFormat.CONTENT_TYPE),
        /** A FHIR R4 ResearchStudy ({@link FhirResearchStudyFormat}). */
        FHIR_JSON("fhir.json", FhirResearchStudyFormat.CONTENT_TYPE);

        private final String paramValue;
        private final String contentType;

        Format(String paramValue, String contentType) {
            this.paramValue = paramValue;
            this.contentType = contentType;
        }

        /** The value of the {@code format} parameter: {@code json}, {@code csv}, … */
        public String paramValue() {
            return paramValue;
        }

        /** The media type of a response in this format (without charset). */
        public String contentType() {
            return contentType;
        }

        /**
         * The format named by a {@code format} parameter value or a content type (case-insensitive,
         * surrounding spaces and media-type parameters such as {@code ; charset=utf-8} ignored).
         *
         * @throws IllegalArgumentException for {@code null}, blank or any other value; the message
         *     names the allowed values
         */
        public static Format parse(String value) {
            if (value != null) {
                String v = value.strip().toLowerCase(Locale.ROOT);
                int semicolon = v.indexOf(';');
                String mediaType = semicolon < 0 ? v : v.substring(0, semicolon).strip();
                for (Format format : values()) {
                    if (format.paramValue.equals(v) || format.contentType.equals(mediaType)) {
                        return format;
                    }
                }
            }
            throw new IllegalArgumentException("unknown format "
                    + (value == null ? "(none)" : "\"" + value + "\"")
                    + "; allowed: " + String.join(", ", allowedValues()) + " (or the content types "
                    + String.join(
                            ", ",
                            Arrays.stream(values()).map(Format::contentType).toList()) + ")");
        }

        /** The allowed {@code format} parameter values, in declaration order. */
        public static List<String> allowedValues() {
            return Arrays.stream(values()).map(Format::paramValue).toList();
        }
    }

    /**
     * Writes {@code study} in {@code format}. {@code fields} is the {@code fields} parameter
     * ({@code null} or empty: all): CSV column names for CSV, RIS tags for RIS; it must be absent
     * for FHIR (as on ClinicalTrials.gov). JSON is written whole: projecting JSON by {@code fields}
     * is the API's field selection, not a format.
     *
     * @throws IllegalArgumentException for unknown CSV columns or RIS tags, for {@code fields}
     *     with FHIR, or for {@code fields} with JSON
     */
    public static void write(Study study, Format format, List<String> fields, Writer out) throws IOException {
        boolean all = fields == null || fields.isEmpty();
        switch (format) {
            case JSON -> {
                if (!all) {
                    throw new IllegalArgumentException(
                            "fields for format json are applied by the API's field selection, not here");
                }
                out.write(StudyJson.toJson(study));
            }
            case CSV -> {
                CsvFormat csv = all ? CsvFormat.all() : CsvFormat.columns(fields);
                csv.writeHeader(out);
                csv.writeRow(study, out);
            }
            case RIS -> (all ? RisFormat.all() : RisFormat.tags(fields)).write(study, out);
            case FHIR_JSON -> {
                if (!all) {
                    throw new IllegalArgumentException("fields must be omitted for format fhir.json");
                }
                FhirResearchStudyFormat.instance().write(study, out);
            }
        }
    }

    /** {@link #write} into a string. */
    public static String render(Study study, Format format, List<String> fields) {
        StringWriter out = new StringWriter();
        try {
            write(study, format, fields, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }
}
