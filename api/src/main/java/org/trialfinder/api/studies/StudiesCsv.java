package org.trialfinder.api.studies;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.format.CsvFormat;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.SearchPage;

/**
 * A result page as CSV with ClinicalTrials.gov's column names; the next page token and the total
 * travel in the {@code x-next-page-token} and {@code x-total-count} headers, as there.
 */
final class StudiesCsv {
    private StudiesCsv() {}

    /**
     * The columns of {@code fields} (ClinicalTrials.gov's CSV column names and piece names, mixed),
     * or all 30 official columns when absent; checked before searching so a bad name answers 400.
     */
    static CsvFormat columns(Optional<List<String>> fields) {
        return fields.map(StudyFormatsResponse::csvColumns).orElse(CsvFormat.all());
    }

    static ApiResponse page(SearchPage page, CsvFormat csv) {
        StringWriter w = new StringWriter();
        try {
            csv.write(
                    page.hits().stream().map(hit -> StudyJson.parse(hit.json())).toList(), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        page.nextPageToken().ifPresent(t -> headers.put("x-next-page-token", t));
        page.total().ifPresent(t -> headers.put("x-total-count", Long.toString(t)));
        return new ApiResponse(
                200, "text/csv; charset=utf-8", headers, w.toString().getBytes(StandardCharsets.UTF_8));
    }
}
