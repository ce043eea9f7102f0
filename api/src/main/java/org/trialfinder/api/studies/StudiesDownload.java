package org.trialfinder.api.studies;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.StreamedResponse;
import org.trialfinder.api.format.JsonZip;
import org.trialfinder.store.StudyStore;

/**
 * {@code GET /api/v2/studies/download?format=json.zip}, Trialfinder's own (the official API has no
 * bulk download; ClinicalTrials.gov offers {@code ctg-studies.json.zip} on its site): every stored
 * study as it is stored, in the bulk zip's layout ({@link JsonZip#bulkEntryName}), which {@code
 * trialfinder ingest} reads back.
 *
 * <p>Streamed: each record is read from the store and written to the zip on the client's stream in
 * turn, so memory does not grow with the store. When the client goes away the next write fails, the
 * failure leaves the store's iteration (which releases its reader) and nothing stays open.
 */
public final class StudiesDownload {
    public static final String FILE_NAME = "ctg-studies.json.zip";

    private final StudyStore store;

    public StudiesDownload(StudyStore store) {
        this.store = store;
    }

    public StreamedResponse download(Map<String, List<String>> params) {
        for (String name : params.keySet()) {
            if (!name.equals("format")) {
                throw new BadRequestException("`" + name + "` is unknown parameter");
            }
        }
        String format = ListStudiesParams.single(params, "format")
                .orElse("json.zip")
                .trim()
                .toLowerCase(Locale.ROOT);
        if (!format.equals("json.zip")) {
            throw new BadRequestException("format must be json.zip (the bulk layout), got \"" + format + "\"");
        }
        return new StreamedResponse(
                200,
                JsonZip.CONTENT_TYPE,
                Map.of("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\""),
                this::writeZip);
    }

    /** The whole store as a bulk zip on {@code out}; {@code out} is finished but left for the caller to close. */
    public void writeZip(OutputStream out) throws IOException {
        ZipOutputStream zip = JsonZip.streaming(out);
        try {
            store.forEach(study -> {
                try {
                    JsonZip.add(zip, JsonZip.bulkEntryName(study.nctId()), study.json());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
        zip.flush();
    }
}
