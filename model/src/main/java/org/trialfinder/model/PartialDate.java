package org.trialfinder.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as ClinicalTrials.gov writes it: a year ({@code "2024"}), a month ({@code "2024-12"}) or a
 * day ({@code "2024-12-05"}).
 *
 * <p>Registrations often give only a month ("start: December 2024"), so the model keeps dates as
 * text and this class says what the text means. {@link #startOf()} and {@link #endOf()} turn it
 * into the first or last day it covers; {@link #toString()} gives back the original text.
 *
 * <p>Search queries use the same three precisions ({@code RANGE[2022-06, 2022-06-15]}): a range
 * keeps the precision it was written with and is widened when evaluated, a lower bound from {@link
 * #startOf()} and an upper bound to {@link #endOf()} ({@code RANGE[2022, 2022]} is the whole year).
 * The factories ({@link #ofYear}, {@link #ofMonth}, {@link #of(int, int, int)}) build such dates
 * from numbers; their text is the ISO form at that precision, which is also the only text {@link
 * #parse} accepts, so a parsed and a built date of the same day are equal.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final String text;
    private final int year;
    private final int month; // 0 when unknown
    private final int day; // 0 when unknown

    /** Checks that the date exists; {@code month} and {@code day} are 0 when not given. */
    private PartialDate(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
        this.text = isoText(year, month, day);
    }

    /** A whole year, e.g. {@code 2022}. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** A month, e.g. {@code 2022-06}. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    /**
     * The date at the precision given: {@code day} 0 for a month, {@code month} and {@code day} 0
     * for a year (as a query's date is read: "2022-06" has no day).
     *
     * @throws IllegalArgumentException if no such date exists (e.g. 2023-02-29, or a day without a
     *     month)
     */
    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /** The day {@code date}. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @throws IllegalArgumentException if the text has another shape or names a day that does not
     *     exist (e.g. {@code "2023-02-30"})
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        // "2024-00" and "2024-12-00" have the shape but name no month or day
        if ((m.group(2) != null && month == 0) || (m.group(3) != null && day == 0)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date");
        }
        try {
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date", e);
        }
    }

    /** Like {@link #parse} but empty for {@code null} or text that is not a date. */
    public static Optional<PartialDate> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public int year() {
        return year;
    }

    /** Month 1-12, empty for a year-only date. */
    public OptionalInt month() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /** Day of month, empty unless the date is a full day. */
    public OptionalInt day() {
        return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
    }

    public Precision precision() {
        return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day the date covers: "2024" is 1 January 2024, "2024-12" is 1 December 2024. */
    public LocalDate startOf() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day the date covers: "2024" is 31 December 2024, "2024-02" is 29 February 2024. */
    public LocalDate endOf() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** Orders by the first day covered, then the coarser date first ("2024" before "2024-01"). */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = startOf().compareTo(other.startOf());
        return byStart != 0 ? byStart : precision().compareTo(other.precision());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * The text exactly as it was parsed, which is the ISO form at its precision: {@code 2022},
     * {@code 2022-06}, {@code 2022-06-15}.
     */
    @Override
    public String toString() {
        return text;
    }

    private static String isoText(int year, int month, int day) {
        StringBuilder sb = new StringBuilder(10).append(String.format(Locale.ROOT, "%04d", year));
        if (month > 0) {
            sb.append(String.format(Locale.ROOT, "-%02d", month));
        }
        if (day > 0) {
            sb.append(String.format(Locale.ROOT, "-%02d", day));
        }
        return sb.toString();
    }
}
