package org.trialfinder.api.places;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.PlaceResolver;

class PlacesApiTest {
    private final PlacesApi api = new PlacesApi(new PlaceResolver(Gazetteer.loadDefault()));

    @Test
    void aLimitTheServerCouldNotDecodeIsABadRequest() {
        // found by bench/run fuzz (seed 1, request 99084: /api/v2/tf/places?place=melanoma&limit=0%%0): the broken
        // escape reaches the API as a parameter without a value, which answered 500
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("place", List.of("melanoma"));
        params.put("limit", List.of());
        assertThatThrownBy(() -> api.lookup(params))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("limit must be a whole number");
    }
}
