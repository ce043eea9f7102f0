package org.trialfinder.api.places;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.geo.Place;
import org.trialfinder.geo.PlaceResolver;

/**
 * Trialfinder's place lookup, {@code GET /api/v2/tf/places?place=…}: a city, region, country, US ZIP
 * or Canadian postal code (or "lat,lon") to coordinates, with the other candidates when the name is
 * ambiguous ("Springfield"), most likely first. The same {@link PlaceResolver} serves {@code tf.place}
 * on {@code /studies}.
 */
public final class PlacesApi {
    /** "lat,lon" is answered as one point, not looked up among the names. */
    private static final Pattern LAT_LON =
            Pattern.compile("^\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*$");

    private static final int MAX_CANDIDATES = 10;

    private final PlaceResolver places;
    private final ObjectMapper mapper = new ObjectMapper();

    public PlacesApi(PlaceResolver places) {
        this.places = places;
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
                // a value the server could not decode (limit=0%%0) arrives as no value at all
                List<String> given = params.get("limit");
                limit = Integer.parseInt(given.isEmpty() ? "" : given.get(0).trim());
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
        if (LAT_LON.matcher(place).matches()) {
            this.places
                    .resolve(place)
                    .ifPresent(x -> places.addObject()
                            .put("name", x.name())
                            .put("lat", x.at().lat())
                            .put("lon", x.at().lon())
                            .put("kind", "COORDINATES"));
        } else {
            List<Place> found = this.places.candidates(place, limit);
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
