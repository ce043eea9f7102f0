package org.trialfinder.api.studies;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.api.format.CsvFormat;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;

/**
 * A result page as CSV with ClinicalTrials.gov's column names; the next page token and the total
 * travel in the {@code x-next-page-token} and {@code x-total-count} headers, as there.
 */
final class StudiesCsv {
    static final String CONTENT_TYPE = "text/csv; charset=utf-8";

    private StudiesCsv() {}

    /**
     * The columns of {@code fields} (ClinicalTrials.gov's CSV column names and piece names, mixed),
     * or all 30 official columns when absent; checked before searching so a bad name answers 400.
     */
    static CsvFormat columns(Optional<List<String>> fields) {
        return fields.map(StudyFormatsResponse::csvColumns).orElse(CsvFormat.all());
    }

    static Map<String, String> headers(SearchPage page) {
        Map<String, String> headers = new LinkedHashMap<>();
        page.nextPageToken().ifPresent(t -> headers.put("x-next-page-token", t));
        page.total().ifPresent(t -> headers.put("x-total-count", Long.toString(t)));
        return headers;
    }

    /**
     * Writes the page's rows to {@code out}, each record read into a {@link Study} only when its row is written, so
     * a page of 1,000 never holds 1,000 decoded studies at once.
     */
    static void write(SearchPage page, CsvFormat csv, OutputStream out) throws IOException {
        Iterable<Study> studies = () -> new Iterator<>() {
            private final Iterator<SearchHit> hits = page.hits().iterator();

            @Override
            public boolean hasNext() {
                return hits.hasNext();
            }

            @Override
            public Study next() {
                return StudyJson.parse(hits.next().json());
            }
        };
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
        csv.write(studies, w);
        w.flush();
    }
}
