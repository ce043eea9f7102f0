package org.trialfinder.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Random text, ordinary and hostile: words, numbers, Unicode from several scripts, control characters, lone
 * surrogates, very long runs, deep nesting, and the raw percent-encoded forms (broken escapes, overlong and truncated
 * UTF-8) a browser would never send. Never the class-name patterns {@link BodyCheck} looks for, so an echo of the
 * input in an error message is not taken for a leak.
 */
final class HostileText {
    static final List<String> WORDS = List.of(
            "cancer",
            "lung",
            "breast cancer",
            "diabetes",
            "heart attack",
            "MI",
            "NSCLC",
            "covid",
            "asthma",
            "melanoma",
            "pain",
            "aspirin",
            "pembrolizumab",
            "Boston",
            "Paris",
            "10001",
            "Guangzhou",
            "children",
            "elderly",
            "phase",
            "recruiting",
            "placebo",
            "São Paulo",
            "Zürich",
            "東京",
            "القاهرة",
            "Київ",
            "naïve",
            "AND",
            "OR",
            "NOT",
            "ALL",
            "MISSING",
            "null",
            "undefined",
            "true",
            "-1",
            "0",
            "1e309",
            "NaN",
            "%s",
            "{}",
            "[]",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "../../etc/passwd",
            "\\",
            "\"",
            "'",
            "`",
            "${x}",
            "{{7*7}}",
            "&amp;",
            "😀",
            "\u202e",
            "\u0000",
            "\uFEFF",
            "a\u0301");

    private final Random random;

    HostileText(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int lo, int hiInclusive) {
        return lo + random.nextInt(hiInclusive - lo + 1);
    }

    /** Text as a user might type it, or something hostile. */
    String text() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> pick(WORDS);
            case 4 -> pick(WORDS) + " " + pick(WORDS);
            case 5 -> Long.toString(random.nextLong() >> random.nextInt(64));
            case 6 -> unicode(between(1, 40));
            case 7 -> pick(WORDS).repeat(between(50, 3000));
            case 8 -> nested(between(10, 5000));
            case 9 -> control(between(1, 20));
            case 10 -> String.valueOf(random.nextDouble() * Math.pow(10, between(-10, 30)));
            default -> "";
        };
    }

    /** Brackets, quotes and braces nested {@code depth} deep. */
    String nested(int depth) {
        String open = pick(List.of("(", "[", "{", "\"", "AREA[", "NOT (", "SEARCH[Location]("));
        String close = switch (open) {
            case "(", "NOT (", "SEARCH[Location](" -> ")";
            case "[", "AREA[" -> "]";
            case "{" -> "}";
            default -> "\"";
        };
        StringBuilder s = new StringBuilder();
        s.append(open.repeat(depth)).append(pick(WORDS));
        if (chance(0.7)) {
            s.append(close.repeat(chance(0.5) ? depth : random.nextInt(depth + 1)));
        }
        return s.toString();
    }

    /** Code points from anywhere in Unicode, including lone surrogates and noncharacters. */
    String unicode(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x780);
                case 2 -> 0xD800 + random.nextInt(0x800); // a lone surrogate
                case 3 -> 0x10000 + random.nextInt(0x100000);
                default -> random.nextInt(0x10000);
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private String control(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) random.nextInt(0x20));
        }
        return s.toString();
    }

    /**
     * A value as it goes into a query string: usually percent-encoded text, sometimes raw hostile encodings (a lone
     * %, %ZZ, truncated or overlong UTF-8, raw bytes above 0x7f, an encoded NUL or CRLF).
     */
    String queryValue(String text) {
        if (!chance(0.15)) {
            return encode(text);
        }
        String e = encode(text);
        return switch (random.nextInt(9)) {
            case 0 -> e + "%";
            case 1 -> e + "%Z" + (char) ('A' + random.nextInt(26));
            case 2 -> e + "%E2%82"; // truncated euro sign
            case 3 -> "%C0%AF" + e; // overlong "/"
            case 4 -> e + "%ED%A0%80"; // an encoded surrogate
            case 5 -> e + "%00";
            case 6 -> e + "%0D%0AX-Injected:%201";
            case 7 -> e + "%FF%FE%FD";
            default -> e + "%%" + e;
        };
    }

    /** Percent-encodes everything but unreserved characters (UTF-8; lone surrogates become "?"). */
    static String encode(String text) {
        StringBuilder s = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                s.append((char) c);
            } else {
                s.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return s.toString();
    }

    /** Random bytes, {@code n} of them. */
    byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /**
     * Random bytes for a request target: any byte but space, tab, CR and LF, which would end the target or the
     * request line (a line without "HTTP/1.1" is an HTTP/0.9 request, which Jetty rightly answers 505).
     */
    byte[] requestLineBytes(int n) {
        byte[] b = bytes(n);
        for (int i = 0; i < n; i++) {
            if (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
                b[i] = (byte) 0xA0;
            }
        }
        return b;
    }

    Random random() {
        return random;
    }
}
