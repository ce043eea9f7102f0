package org.trialfinder.api.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Studies as JSON files in a zip, named as in ClinicalTrials.gov's bulk download {@code
 * ctg-studies.json.zip}: {@code NCT0123xxxx/NCT01234567.json}, one record per file, shard folders
 * of ten thousand numbers. {@code trialfinder ingest} reads this layout back.
 */
public final class JsonZip {
    public static final String CONTENT_TYPE = "application/zip";

    private JsonZip() {}

    /** {@code NCT01234567.json}: the file name of one study. */
    public static String fileName(String nctId) {
        return nctId + ".json";
    }

    /** {@code NCT0123xxxx/NCT01234567.json}: the entry of one study in the bulk zip. */
    public static String bulkEntryName(String nctId) {
        return nctId.substring(0, 7) + "xxxx/" + fileName(nctId);
    }

    /** One study's JSON as a zip holding the single file {@code NCT01234567.json} ({@code format=json.zip}). */
    public static byte[] single(String nctId, byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 256);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            add(zip, fileName(nctId), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes one entry; the caller owns and closes {@code zip}. */
    public static void add(ZipOutputStream zip, String entryName, byte[] json) throws IOException {
        zip.putNextEntry(new ZipEntry(entryName));
        zip.write(json);
        zip.closeEntry();
    }

    /** A zip writing to {@code out} as entries are added, nothing kept in memory beyond the deflater's window. */
    public static ZipOutputStream streaming(OutputStream out) {
        return new ZipOutputStream(out);
    }
}
