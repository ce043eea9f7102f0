package org.trialfinder.search.fields;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age value as every engine indexes it: "18 Years" → 6574.5 days (365.25 a year, 30.4375 a month), the unit
 * RANGE bounds with age units are measured in.
 */
public final class AgeInDays {
    private static final Pattern AGE =
            Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(year|month|week|day|hour|minute)s?\\s*");

    private AgeInDays() {}

    /** The days, or empty when the text is not a number and a unit. */
    public static OptionalDouble of(String text) {
        Matcher m = AGE.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double n = Double.parseDouble(m.group(1));
        double perUnit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "year" -> 365.25;
            case "month" -> 30.4375;
            case "week" -> 7;
            case "day" -> 1;
            case "hour" -> 1.0 / 24;
            default -> 1.0 / 1440;
        };
        return OptionalDouble.of(n * perUnit);
    }
}
