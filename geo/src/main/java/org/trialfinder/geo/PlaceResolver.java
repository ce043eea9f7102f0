package org.trialfinder.geo;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the place a user typed: a city, region, country, US ZIP or Canadian postal code (through
 * the {@link Gazetteer}), or "lat,lon" written as numbers. The one resolver behind the search page,
 * the API's {@code tf.place}, the place lookup and the patient matcher, so they all read "Boston"
 * the same way.
 */
public final class PlaceResolver {
    private static final Pattern LAT_LON =
            Pattern.compile("^\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*$");

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The best reading of {@code text}, or empty when nothing matches. */
    public Optional<ResolvedPlace> resolve(String text) {
        Matcher m = LAT_LON.matcher(text);
        if (m.matches()) {
            double lat = Double.parseDouble(m.group(1));
            double lon = Double.parseDouble(m.group(2));
            if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                return Optional.of(new ResolvedPlace(new Coordinates(lat, lon), text.trim()));
            }
        }
        return gazetteer.lookup(text, 1).stream()
                .findFirst()
                .map(p -> new ResolvedPlace(new Coordinates(p.lat(), p.lon()), p.displayName()));
    }

    /** Up to {@code limit} readings of {@code text}, most likely first ("Springfield" has many). */
    public List<Place> candidates(String text, int limit) {
        return gazetteer.lookup(text, limit);
    }
}
