package org.trialfinder.geo;

/**
 * A point on the earth in degrees (WGS 84), as ClinicalTrials.gov's {@code geoPoint} and the
 * gazetteer give them.
 */
public record Coordinates(double lat, double lon) {
    public Coordinates {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a point on the earth: " + lat + "," + lon);
        }
    }

    /** Great-circle distance in kilometres. */
    public double distanceKm(Coordinates other) {
        return Gazetteer.distanceKm(lat, lon, other.lat, other.lon);
    }
}
