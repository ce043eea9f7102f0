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
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;

/**
 * A result page as CSV with ClinicalTrials.gov's column names; the next page token and the total
 * travel in the {@code x-next-page-token} and {@code x-total-count} headers, as there.
 */
final class StudiesCsv {
    private StudiesCsv() {}

    static ApiResponse page(SearchPage page, Optional<List<String>> fields) {
        CsvFormat csv = fields.map(StudyFormatsResponse::csvColumns).orElse(CsvFormat.all());
        StringWriter w = new StringWriter();
        try {
            csv.writeHeader(w);
            for (SearchHit hit : page.hits()) {
                csv.writeRow(StudyJson.parse(hit.json()), w);
            }
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
