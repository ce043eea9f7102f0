package org.trialfinder.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.trialfinder.store.SourceForm;

/**
 * Recognises a record already stored from the same input without parsing it: the fingerprint of its
 * input bytes, and its NCT id read straight off the bytes. A re-ingest of an unchanged corpus then
 * costs a hash and a table lookup per record instead of a parse, a geocode and an index update.
 *
 * <p>The fingerprint covers the form the record came in and what else goes into a stored document
 * besides the input (the gazetteer that derives site coordinates), so the same bytes read with a
 * different gazetteer are not taken for unchanged. It is never 0 (0 means "unknown" in the store).
 */
final class SourceFingerprint {
    private static final byte[] NCT_ID_KEY = "\"nctId\"".getBytes(StandardCharsets.US_ASCII);

    private final byte[] salt;

    /** {@code salt}: a description of everything besides the input that shapes the stored document. */
    SourceFingerprint(String salt) {
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
    }

    long of(SourceForm form, byte[] input) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        sha.update(salt);
        sha.update((byte) 0);
        sha.update((byte) form.ordinal());
        sha.update(input);
        byte[] h = sha.digest();
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return v == 0 ? 1 : v;
    }

    /**
     * The value of the first {@code "nctId"} key in the JSON bytes, or null when there is none or it
     * is not a plain string. Only a hint for the lookup: the fingerprint decides, and it was stored
     * under the id the parsed record really has.
     */
    static String nctIdHint(byte[] json) {
        int at = indexOf(json, NCT_ID_KEY);
        if (at < 0) {
            return null;
        }
        int i = skipSpace(json, at + NCT_ID_KEY.length);
        if (i >= json.length || json[i] != ':') {
            return null;
        }
        i = skipSpace(json, i + 1);
        if (i >= json.length || json[i] != '"') {
            return null;
        }
        int start = i + 1;
        for (int k = start; k < json.length && k - start <= 32; k++) {
            byte b = json[k];
            if (b == '"') {
                return new String(json, start, k - start, StandardCharsets.US_ASCII);
            }
            if (b == '\\' || b < 0x20) {
                return null;
            }
        }
        return null;
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        byte first = needle[0];
        int last = hay.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (hay[i] != first) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
