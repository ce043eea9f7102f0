package org.trialfinder.ingest.geocode;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.GeoMatch;
import org.trialfinder.model.Study;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.store.DerivedGeoPoint;

/**
 * Gives coordinates to the sites of a study that came without a {@code geoPoint} (every legacy XML
 * record, a few v2 records), from the gazetteer: postal code, else city + region + country, else
 * coarser. The study itself is left untouched; the derived points are stored beside it.
 */
public final class SiteGeocoder {
    private final Gazetteer gazetteer;

    public SiteGeocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Derived points for the sites that need one, plus how many such sites found no match. */
    public Result geocode(Study study) {
        List<Location> locations = study.locations();
        List<DerivedGeoPoint> points = new ArrayList<>();
        int unmatched = 0;
        for (int i = 0; i < locations.size(); i++) {
            Location site = locations.get(i);
            if (site.geoPoint() != null) {
                continue;
            }
            var match = gazetteer.geocodeSite(site.city(), site.state(), site.zip(), site.country());
            if (match.isPresent()) {
                GeoMatch m = match.get();
                points.add(
                        new DerivedGeoPoint(i, m.lat(), m.lon(), m.precision().name(), m.matchedPlace()));
            } else {
                unmatched++;
            }
        }
        return new Result(List.copyOf(points), unmatched);
    }

    public record Result(List<DerivedGeoPoint> points, int unmatched) {}
}
