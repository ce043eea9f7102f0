package org.trialfinder.eligibility.criterion;

/** A time unit of the notation: a (years), mo, wk, d, h. */
public enum DurationUnit {
    YEARS("a", 365.25),
    MONTHS("mo", 30.4375),
    WEEKS("wk", 7),
    DAYS("d", 1),
    HOURS("h", 1.0 / 24);

    private final String code;
    private final double days;

    DurationUnit(String code, double days) {
        this.code = code;
        this.days = days;
    }

    public String code() {
        return code;
    }

    /** Length in days (a year is 365.25 days, a month a twelfth of it). */
    public double days() {
        return days;
    }

    public static DurationUnit ofCode(String code) {
        for (DurationUnit u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown time unit '" + code + "' (one of a, mo, wk, d, h)");
    }
}
