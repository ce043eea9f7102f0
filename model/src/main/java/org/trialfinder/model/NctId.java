package org.trialfinder.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ClinicalTrials.gov study number: "NCT" and eight digits, as ClinicalTrials.gov assigns them
 * ("NCT06751394"). The one place that knows the rule.
 *
 * <p>People and clients write the number loosely: lower case ("nct06751394"), with the leading
 * zeros left out ("NCT123" for NCT00000123), with spaces around it. {@link #parse} accepts those and
 * gives the canonical form; {@link #isCanonical} says whether a text already is it (records must
 * carry the canonical form: a record with another form is rejected, never silently rewritten).
 * "NCT00000000" is not a number ClinicalTrials.gov gives, and more than eight digits cannot be.
 */
public record NctId(String value) implements Comparable<NctId> {
    /** The canonical form. */
    private static final Pattern CANONICAL = Pattern.compile("NCT\\d{8}");
    /** The forms {@link #parse} accepts: any case, 1–8 digits of which not all are zeros. */
    private static final Pattern LOOSE = Pattern.compile("(?i)NCT(0*)([1-9]\\d{0,7})");
    /** A canonical id inside running text, not part of a longer word or number. */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![A-Za-z0-9])NCT\\d{8}(?!\\d)");

    /** What every refusal says, so the API, the pages and the command line word it alike. */
    public static final String RULE = "NCT followed by 8 digits, e.g. NCT06751394";

    public NctId {
        if (value == null || !CANONICAL.matcher(value).matches() || value.equals("NCT00000000")) {
            throw new IllegalArgumentException(message(value));
        }
    }

    /**
     * The id written in {@code text} (trimmed; any case; leading zeros optional), or empty when it
     * is not one.
     */
    public static Optional<NctId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LOOSE.matcher(text.strip());
        if (!m.matches() || m.group(1).length() + m.group(2).length() > 8) {
            return Optional.empty();
        }
        String digits = m.group(2);
        return Optional.of(new NctId("NCT" + "0".repeat(8 - digits.length()) + digits));
    }

    /** As {@link #parse}, or an {@link IllegalArgumentException} whose message is {@link #message}. */
    public static NctId of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(message(text)));
    }

    /** True when {@code text} is exactly the canonical form ("NCT" and eight digits). */
    public static boolean isCanonical(String text) {
        return text != null && CANONICAL.matcher(text).matches() && !text.equals("NCT00000000");
    }

    /** Every canonical id written in {@code text}, in order (duplicates kept). */
    public static List<NctId> findAll(String text) {
        List<NctId> ids = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            if (isCanonical(m.group())) {
                ids.add(new NctId(m.group()));
            }
        }
        return ids;
    }

    /** The one wording of a refusal: {@code "x" is not an NCT number (NCT followed by 8 digits, …)}. */
    public static String message(String text) {
        String shown = text == null ? "" : text.strip();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "…";
        }
        return "\"" + shown + "\" is not an NCT number (" + RULE + ")";
    }

    /** The number without its prefix, e.g. 6751394 for NCT06751394. */
    public int number() {
        return Integer.parseInt(value.substring(3));
    }

    /** Lower-case form, as some URLs write it. */
    public String lowerCase() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(NctId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
