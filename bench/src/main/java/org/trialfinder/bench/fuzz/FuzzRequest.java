package org.trialfinder.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One request as it goes on the wire: method, request target (raw bytes: broken encodings are sent as they are),
 * extra header lines and body. {@code route} is the route the generator aimed at, for the counts by route.
 */
public record FuzzRequest(String route, String method, byte[] target, List<String> headers, byte[] body) {

    /** A curl command that sends the same request again (bytes outside printable ASCII as %XX or $'\xNN'). */
    public String replay(String base) {
        StringBuilder s = new StringBuilder("curl -sS -i -X ").append(method);
        for (String h : headers) {
            s.append(" -H ").append(shellQuote(h));
        }
        if (body.length > 0) {
            s.append(" --data-binary ").append(body.length > 300 ? "@body.bin" : shellQuote(bytes(body)));
        }
        s.append(" --path-as-is ").append(shellQuote(base + bytes(target)));
        if (body.length > 300) {
            s.append(String.format(Locale.ROOT, "   # body: %,d bytes, starts %s", body.length, preview(body)));
        }
        return s.toString();
    }

    /** The body's first bytes, printable. */
    public static String preview(byte[] body) {
        String b = bytes(body);
        return b.length() > 200 ? b.substring(0, 200) + "…" : b;
    }

    private static String bytes(byte[] raw) {
        StringBuilder s = new StringBuilder();
        for (byte b : raw) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                s.append((char) c);
            } else {
                s.append(String.format(Locale.ROOT, "\\x%02x", c));
            }
        }
        return s.toString();
    }

    private static String shellQuote(String s) {
        if (s.contains("\\x")) {
            return "$'" + s.replace("\\", "\\\\").replace("\\\\x", "\\x").replace("'", "\\'") + "'";
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    public String targetText() {
        return new String(target, StandardCharsets.ISO_8859_1);
    }
}
