package org.trialfinder.geo;

import java.util.Objects;

/**
 * Coordinates found for a trial site.
 *
 * @param lat latitude in degrees (WGS84)
 * @param lon longitude in degrees (WGS84)
 * @param precision how precise the match is
 * @param matchedPlace human-readable name of what was matched, e.g. "Guangzhou, Guangdong, CN",
 *     "02115 Boston, MA, US", "Ontario, CA" or "Canada"
 */
public record GeoMatch(double lat, double lon, Precision precision, String matchedPlace) {
    public GeoMatch {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(matchedPlace, "matchedPlace");
    }
}
