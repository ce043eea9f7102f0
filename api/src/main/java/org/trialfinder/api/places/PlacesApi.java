package org.trialfinder.api.places;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.Place;

/**
 * Trialfinder's place lookup, {@code GET /api/v2/tf/places?place=…}: a city, region, country, US ZIP
 * or Canadian postal code (or "lat,lon") to coordinates, with the other candidates when the name is
 * ambiguous ("Springfield"), most likely first. The same resolution serves {@code tf.place} on
 * {@code /studies}.
 */
public final class PlacesApi {
    private static final Pattern LAT_LON =
            Pattern.compile("^\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*$");
    private static final int MAX_CANDIDATES = 10;

    private final Gazetteer gazetteer;
    private final ObjectMapper mapper = new ObjectMapper();

    public PlacesApi(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A resolved place: coordinates and a name to show. */
    public record Resolved(double lat, double lon, String name) {}

    /** The best reading of {@code text}, or empty when nothing matches. */
    public Optional<Resolved> resolve(String text) {
        Matcher m = LAT_LON.matcher(text);
        if (m.matches()) {
            double lat = Double.parseDouble(m.group(1));
            double lon = Double.parseDouble(m.group(2));
            if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                return Optional.of(new Resolved(lat, lon, text.trim()));
            }
        }
        return gazetteer.lookup(text, 1).stream().findFirst().map(p -> new Resolved(p.lat(), p.lon(), p.displayName()));
    }

    public ApiResponse lookup(Map<String, List<String>> params) {
        for (String p : params.keySet()) {
            if (!p.equals("place") && !p.equals("limit")) {
                throw new BadRequestException("`" + p + "` is unknown parameter (this endpoint takes place and limit)");
            }
        }
        String place = Optional.ofNullable(params.get("place"))
                .filter(l -> !l.isEmpty())
                .map(l -> l.get(0))
                .orElse("")
                .trim();
        if (place.isEmpty()) {
            throw new BadRequestException("place is required: a city, region, country, US ZIP or Canadian postal code, "
                    + "e.g. place=Guangzhou, place=02115, place=Ontario, Canada");
        }
        if (place.length() > 200) {
            throw new BadRequestException("place is longer than 200 characters");
        }
        int limit = 5;
        if (params.containsKey("limit")) {
            try {
                limit = Integer.parseInt(params.get("limit").get(0).trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("limit must be a whole number from 1 to " + MAX_CANDIDATES);
            }
            if (limit < 1 || limit > MAX_CANDIDATES) {
                throw new BadRequestException("limit must be from 1 to " + MAX_CANDIDATES);
            }
        }
        ObjectNode out = mapper.createObjectNode();
        out.put("query", place);
        ArrayNode places = out.putArray("places");
        Matcher m = LAT_LON.matcher(place);
        if (m.matches()) {
            Optional<Resolved> r = resolve(place);
            r.ifPresent(x -> places.addObject()
                    .put("name", x.name())
                    .put("lat", x.lat())
                    .put("lon", x.lon())
                    .put("kind", "COORDINATES"));
        } else {
            List<Place> found = gazetteer.lookup(place, limit);
            for (Place p : found) {
                ObjectNode o = places.addObject();
                o.put("name", p.name());
                o.put("displayName", p.displayName());
                if (p.region() != null) {
                    o.put("region", p.region());
                }
                o.put("countryCode", p.countryCode());
                o.put("country", p.countryName());
                o.put("lat", p.lat());
                o.put("lon", p.lon());
                o.put("population", p.population());
                o.put("kind", p.kind().name());
            }
        }
        out.put("ambiguous", places.size() > 1);
        return ApiResponse.json(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
