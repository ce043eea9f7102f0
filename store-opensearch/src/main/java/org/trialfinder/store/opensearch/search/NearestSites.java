package org.trialfinder.store.opensearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.search.NearestSite;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.StoredStudy;

/**
 * The site of a hit nearest to the searched place, by the embedded engine's rule: the nearest site, or the
 * nearest recruiting one when one lies within the radius; coordinates are the site's geoPoint, else the
 * gazetteer's (the same points the index's nested sites hold, so the filter and this answer mean one site).
 */
final class NearestSites {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private NearestSites() {}

    static Optional<NearestSite> of(StoredStudy study, GeoFilter place) {
        JsonNode locations;
        try {
            locations =
                    StudyJson.mapper().readTree(study.json()).at("/protocolSection/contactsLocationsModule/locations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            double km = haversineKm(place.lat(), place.lon(), lat, lon);
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

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
