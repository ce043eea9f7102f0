package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Coordinates ClinicalTrials.gov geocoded for a site. Kept as {@link BigDecimal} so the digits
 * written are the digits read; {@link #latitude()} and {@link #longitude()} give doubles for
 * distance maths. Fields it does not know are kept in {@code unknownFields} and written back.
 */
public record GeoPoint(
        BigDecimal lat,
        BigDecimal lon,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public GeoPoint {
        unknownFields = Frozen.map(unknownFields);
    }

    /** Latitude in degrees, or NaN when absent. */
    public double latitude() {
        return lat == null ? Double.NaN : lat.doubleValue();
    }

    /** Longitude in degrees, or NaN when absent. */
    public double longitude() {
        return lon == null ? Double.NaN : lon.doubleValue();
    }
}
