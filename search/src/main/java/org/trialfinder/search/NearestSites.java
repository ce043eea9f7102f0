package org.trialfinder.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.StoredStudy;

/**
 * The site of a hit nearest to the searched place, one rule for every engine: the site nearest to the place,
 * preferring a site that is itself recruiting when one lies within the radius. Coordinates are the site's
 * geoPoint or, failing that, the gazetteer's (the points the engines' site filters use, so the filter and this
 * answer mean one site).
 */
public final class NearestSites {
    private NearestSites() {}

    public static Optional<NearestSite> of(StoredStudy study, GeoFilter place) {
        JsonNode locations = StudyLocations.of(study.json());
        Map<Integer, DerivedGeoPoint> derived = new HashMap<>();
        study.derivedGeoPoints().forEach(d -> derived.put(d.locationIndex(), d));
        NearestSite best = null;
        NearestSite bestRecruiting = null;
        for (int i = 0; i < locations.size(); i++) {
            JsonNode site = locations.get(i);
            JsonNode gp = site.path("geoPoint");
            double lat;
            double lon;
            boolean isDerived = false;
            if (gp.hasNonNull("lat") && gp.hasNonNull("lon")) {
                lat = gp.get("lat").asDouble();
                lon = gp.get("lon").asDouble();
            } else if (derived.containsKey(i)) {
                lat = derived.get(i).lat();
                lon = derived.get(i).lon();
                isDerived = true;
            } else {
                continue;
            }
            double km = Haversine.km(place.lat(), place.lon(), lat, lon);
            boolean recruiting = "RECRUITING".equals(site.path("status").asText());
            NearestSite candidate = new NearestSite(i, km, recruiting, isDerived);
            if (best == null || km < best.distanceKm()) {
                best = candidate;
            }
            if (recruiting && km <= place.radiusKm() && (bestRecruiting == null || km < bestRecruiting.distanceKm())) {
                bestRecruiting = candidate;
            }
        }
        return Optional.ofNullable(bestRecruiting != null ? bestRecruiting : best);
    }
}
