package org.trialfinder.search.essie;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit of an age in a {@code RANGE} ({@code 16 years}, {@code 6 months}). ClinicalTrials.gov's
 * ages ({@code minimumAge}, {@code maximumAge}) use the same six units. {@link #days()} converts on
 * the calendar average (a year is 365.25 days, a month 30.4375).
 */
public enum AgeUnit {
    YEARS("years", "year", new BigDecimal("365.25"), "years", "year", "yrs", "yr"),
    MONTHS("months", "month", new BigDecimal("30.4375"), "months", "month", "mos", "mo"),
    WEEKS("weeks", "week", new BigDecimal("7"), "weeks", "week", "wks", "wk"),
    DAYS("days", "day", BigDecimal.ONE, "days", "day"),
    HOURS(
            "hours",
            "hour",
            BigDecimal.ONE.divide(new BigDecimal("24"), MathContext.DECIMAL64),
            "hours",
            "hour",
            "hrs",
            "hr"),
    MINUTES(
            "minutes",
            "minute",
            BigDecimal.ONE.divide(new BigDecimal("1440"), MathContext.DECIMAL64),
            "minutes",
            "minute",
            "mins",
            "min");

    private final String plural;
    private final String singular;
    private final BigDecimal days;
    private final String[] spellings;

    AgeUnit(String plural, String singular, BigDecimal days, String... spellings) {
        this.plural = plural;
        this.singular = singular;
        this.days = days;
        this.spellings = spellings;
    }

    /** Days in one of this unit (a year: 365.25). */
    public BigDecimal days() {
        return days;
    }

    /** {@code years}, {@code months}, … */
    public String plural() {
        return plural;
    }

    /** {@code year}, {@code month}, … */
    public String singular() {
        return singular;
    }

    /**
     * The unit spelled {@code word}, case-insensitively: {@code year}, {@code years}, {@code Years},
     * {@code yr}, {@code yrs}; {@code month(s)}, {@code mo(s)}; {@code week(s)}, {@code wk(s)};
     * {@code day(s)}; {@code hour(s)}, {@code hr(s)}; {@code minute(s)}, {@code min(s)}.
     */
    public static Optional<AgeUnit> parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (AgeUnit u : values()) {
            for (String s : u.spellings) {
                if (s.equals(w)) return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
