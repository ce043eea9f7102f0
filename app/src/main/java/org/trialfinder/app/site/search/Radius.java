package org.trialfinder.app.site.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How far from a place a site may be: a number and its unit, km or mi, as the person chose it. */
public record Radius(double amount, String unit) {
    static final Radius DEFAULT = new Radius(50, "km");
    private static final double KM_PER_MILE = 1.609344;
    /** Half the Earth's circumference: anything further is everywhere. */
    private static final double MAX_KM = 20_000;

    private static final Pattern TEXT = Pattern.compile(
            "^\\s*(\\d{1,6}(?:\\.\\d{1,3})?)\\s*(km|mi|miles?|kilometers?|kilometres?)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** "50km", "100mi", "25 miles"; a bare number is kilometres. Empty when unreadable or out of range. */
    static Optional<Radius> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) != null && m.group(2).toLowerCase(Locale.ROOT).startsWith("mi") ? "mi" : "km";
        Radius r = new Radius(amount, unit);
        return amount > 0 && r.km() <= MAX_KM ? Optional.of(r) : Optional.empty();
    }

    double km() {
        return unit.equals("mi") ? amount * KM_PER_MILE : amount;
    }

    /** As a URL parameter and for the API's tf.radius: "50km". */
    public String param() {
        return number() + unit;
    }

    /** As people read it: "50 km", "100 miles". */
    public String label() {
        return number() + (unit.equals("mi") ? " miles" : " km");
    }

    /** A wider radius, or empty when this one already reaches about everywhere. */
    Optional<Radius> times(int factor) {
        Radius wider = new Radius(amount * factor, unit);
        return wider.km() <= MAX_KM ? Optional.of(wider) : Optional.empty();
    }

    /** A distance in this radius's unit, rounded as people say it: "less than 1 km", "3 km", "12 miles". */
    String distance(double km) {
        double d = unit.equals("mi") ? km / KM_PER_MILE : km;
        String name = unit.equals("mi") ? (Math.round(d) == 1 ? " mile" : " miles") : " km";
        if (d < 1) {
            return "less than 1" + (unit.equals("mi") ? " mile" : " km");
        }
        return String.format(Locale.ROOT, "%,d", Math.round(d)) + name;
    }

    private String number() {
        return amount == Math.rint(amount) ? Long.toString((long) amount) : String.valueOf(amount);
    }
}
