package org.trialfinder.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
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

    private PartialDate(String text, int year, int month, int day) {
        this.text = text;
        this.year = year;
        this.month = month;
        this.day = day;
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
        try {
            if (day > 0) {
                LocalDate.of(year, month, day);
            } else if (month > 0) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date", e);
        }
        return new PartialDate(text, year, month, day);
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

    /** The text exactly as it was parsed. */
    @Override
    public String toString() {
        return text;
    }
}
