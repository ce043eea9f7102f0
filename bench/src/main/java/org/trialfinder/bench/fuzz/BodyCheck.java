package org.trialfinder.bench.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What makes an answer a failure: a 5xx, more than the time limit, or a body that shows the server's insides (a
 * stack trace, an exception class, a package name of the JDK, Trialfinder or its libraries). The word "Exception"
 * alone is not one: trial criteria say "Exceptions: …"; a class name is a dotted lowercase package before it, or a
 * CamelCase name ending in Exception or Error.
 */
public final class BodyCheck {
    static final Pattern LEAK = Pattern.compile("org\\.trialfinder\\.|java\\.lang\\.|java\\.io\\.|java\\.util\\."
            + "|\\bat (?:org|java|jdk|io|com|sun|jakarta)\\.[a-z]"
            + "|\\b(?:com\\.fasterxml|org\\.eclipse\\.jetty|io\\.javalin|jakarta\\.servlet|ca\\.uhn|org\\.apache)\\."
            + "|\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b"
            + "|\\b(?:[A-Z][a-z0-9]+){1,6}(?:Exception|Error)\\b");

    private BodyCheck() {}

    /** Why this answer fails, or empty when it passes. */
    public static Optional<String> failure(FuzzResponse r, long limitNanos) {
        if (r.status() == 0) {
            return Optional.of("no answer: " + new String(r.body(), StandardCharsets.UTF_8));
        }
        if (r.status() >= 500) {
            return Optional.of("status " + r.status());
        }
        // the whole-store zip is a bulk transfer that grows with the store: its first byte is what must come in time
        long took = r.contentType().startsWith("application/zip") ? r.firstByteNanos() : r.nanos();
        if (took > limitNanos) {
            return Optional.of(String.format(
                    "took %.2f s%s", took / 1e9, took == r.nanos() ? "" : " to the first byte of the zip"));
        }
        String body = text(r);
        Matcher m = LEAK.matcher(body);
        if (m.find()) {
            int from = Math.max(0, m.start() - 60);
            int to = Math.min(body.length(), m.end() + 60);
            return Optional.of("internal name in the body: \"" + m.group() + "\" in …"
                    + body.substring(from, to).replaceAll("\\s+", " ") + "…");
        }
        return Optional.empty();
    }

    private static String text(FuzzResponse r) {
        byte[] bytes = r.body();
        if (r.contentEncoding().toLowerCase(Locale.ROOT).contains("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                return "";
            }
        }
        if (r.contentType().startsWith("application/zip")) {
            return ""; // compressed records: nothing readable to leak
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
