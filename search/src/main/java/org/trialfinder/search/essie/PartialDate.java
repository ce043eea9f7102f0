package org.trialfinder.search.essie;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as precise as it was written: a year ({@code 2022}), a month ({@code 2022-06}) or a day
 * ({@code 2022-06-15}). {@code month} and {@code day} are 0 when absent; a day needs a month.
 * ClinicalTrials.gov dates have the same three precisions, so a range bound keeps the precision
 * and the evaluator widens it: a lower bound starts at {@link #firstDay()}, an upper bound ends at
 * {@link #lastDay()} ({@code RANGE[2022, 2022]} is the whole year).
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day != 0) {
            if (month == 0) throw new IllegalArgumentException("a day needs a month");
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The first day this date covers ({@code 2022} → 2022-01-01, {@code 2022-06} → 2022-06-01). */
    public LocalDate firstDay() {
        return LocalDate.of(year, hasMonth() ? month : 1, hasDay() ? day : 1);
    }

    /** The last day this date covers ({@code 2022} → 2022-12-31, {@code 2022-02} → 2022-02-28). */
    public LocalDate lastDay() {
        if (hasDay()) return LocalDate.of(year, month, day);
        if (hasMonth()) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    /** Orders by {@link #firstDay()}, then coarser before finer. */
    @Override
    public int compareTo(PartialDate o) {
        int c = firstDay().compareTo(o.firstDay());
        if (c != 0) return c;
        return Integer.compare(precision(), o.precision());
    }

    private int precision() {
        return hasDay() ? 3 : hasMonth() ? 2 : 1;
    }

    /** ISO form at its precision: {@code 2022}, {@code 2022-06}, {@code 2022-06-15}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%04d", year));
        if (hasMonth()) sb.append('-').append(String.format("%02d", month));
        if (hasDay()) sb.append('-').append(String.format("%02d", day));
        return sb.toString();
    }
}
