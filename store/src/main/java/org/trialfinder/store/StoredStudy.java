package org.trialfinder.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/**
 * A study read back from a store: its original JSON and the coordinates derived for sites without
 * a {@code geoPoint}. The model is parsed on demand, since many readers only need the JSON.
 */
public record StoredStudy(String nctId, byte[] json, List<DerivedGeoPoint> derivedGeoPoints) {
    public StoredStudy {
        derivedGeoPoints = derivedGeoPoints == null ? List.of() : List.copyOf(derivedGeoPoints);
    }

    public Study study() {
        return StudyJson.parse(json);
    }

    public String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
