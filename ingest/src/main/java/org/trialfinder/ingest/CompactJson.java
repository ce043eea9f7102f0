package org.trialfinder.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Decides whether a record's input bytes can be stored as they came. The store keeps each record
 * as compact UTF-8 JSON (what the API returns); a JSON Lines record nearly always is that already,
 * and keeping its bytes saves writing the parsed tree out again. Input with white space between
 * tokens (a pretty-printed file) is written compactly from its tree instead.
 */
final class CompactJson {
    private CompactJson() {}

    /**
     * True when {@code json} (already parsed successfully as one JSON value) has no white space
     * outside strings and no byte-order mark, so that it is its own compact form.
     */
    static boolean isCompact(byte[] json) {
        if (json.length == 0 || json[0] != '{') {
            return false;
        }
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++; // the escaped byte cannot end the string
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The bytes as valid UTF-8: unchanged when they are (the usual case, checked without copying
     * when they are ASCII), else decoded with replacement characters and encoded again, as a
     * character-based reader of the input would have given them.
     */
    static byte[] validUtf8(byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? bytes : text.getBytes(StandardCharsets.UTF_8);
    }
}
