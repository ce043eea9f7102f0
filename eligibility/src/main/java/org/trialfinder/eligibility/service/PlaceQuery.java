package org.trialfinder.eligibility.service;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.intake.IntakeException;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.geo.ResolvedPlace;

/**
 * Where to look for trials, as a person wrote it ("Boston", "100km") and as it was read: the pages'
 * form and the API's {@code place} and {@code radius} parameters are read here, so both say the same
 * about a place they do not know or a radius they cannot read.
 *
 * @param text the place as written
 * @param nearby the point it was read as, and the radius in km
 * @param radiusText the radius to show ("50.0 km" when only a number was given)
 */
public record PlaceQuery(String text, Nearby nearby, String radiusText) {
    /** The radius when a place comes without one. */
    public static final String DEFAULT_RADIUS = "50km";

    private static final Pattern RADIUS = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*(km|mi)?\\s*$");

    /**
     * The place and radius read; empty when no place is given.
     *
     * @throws IntakeException naming the radius or the place when it cannot be read
     */
    public static Optional<PlaceQuery> read(
            Optional<String> placeText, Optional<String> radiusText, PlaceResolver places) {
        Optional<String> text = placeText.map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            if (radiusText.filter(s -> !s.isBlank()).isPresent()) {
                throw new IntakeException(
                        "radius needs a place: say where (a city, region, country, ZIP code or lat,lon)");
            }
            return Optional.empty();
        }
        String r = radiusText.filter(s -> !s.isBlank()).orElse(DEFAULT_RADIUS);
        Matcher m = RADIUS.matcher(r.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IntakeException("radius must be a distance such as 50km or 30mi, got \"" + r + "\"");
        }
        double value = Double.parseDouble(m.group(1));
        double km = "mi".equals(m.group(2)) ? value * 1.609344 : value;
        if (km <= 0 || km > 20_000) {
            throw new IntakeException("radius must be more than 0 and at most 20,000 km, got \"" + r + "\"");
        }
        ResolvedPlace at = places.resolve(text.get())
                .orElseThrow(() -> new IntakeException("place: no city, region, country or ZIP code called \""
                        + text.get() + "\" is known; try a larger city or lat,lon"));
        return Optional.of(new PlaceQuery(text.get(), new Nearby(at.at(), km), m.group(2) == null ? value + " km" : r));
    }
}
