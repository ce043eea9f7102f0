package org.trialfinder.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code filter.geo=distance(lat,lon,50mi)}: a study matches when any of its sites lies within the
 * radius. Unit {@code mi} or {@code km}; ClinicalTrials.gov does not state a default, we take miles.
 */
public record GeoFilter(double lat, double lon, double radiusKm, String original) {
    static final double KM_PER_MILE = 1.609344;
    private static final Pattern DISTANCE = Pattern.compile(
            "^distance\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(\\d+(?:\\.\\d+)?)\\s*(km|mi)?\\s*\\)$");

    public GeoFilter {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new SearchException(
                    "filter.geo: latitude must be -90..90 and longitude -180..180, got " + lat + "," + lon);
        }
        if (!(radiusKm > 0) || radiusKm > 21000) {
            throw new SearchException("filter.geo: the distance must be more than 0 and at most 21,000 km");
        }
    }

    public static GeoFilter parse(String param, String value) {
        Matcher m = DISTANCE.matcher(value.trim());
        if (!m.matches()) {
            throw new SearchException(
                    param + " must look like distance(39.0035707,-77.1013313,50mi) (latitude, longitude, "
                            + "distance with unit mi or km); got \"" + value + "\"");
        }
        double d = Double.parseDouble(m.group(3));
        boolean km = "km".equals(m.group(4));
        return new GeoFilter(
                Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), km ? d : d * KM_PER_MILE, value.trim());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "distance(%s,%s,%.3fkm)", lat, lon, radiusKm);
    }
}
