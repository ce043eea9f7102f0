package org.trialfinder.app.site.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialfinder.app.site.Lists;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.app.site.Slugs;
import org.trialfinder.model.protocol.Contact;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.store.DerivedGeoPoint;

/**
 * A trial's sites in the order pages list them: grouped by country (countries in the order the
 * record first names them, sites in record order within a country), with the coordinates each has
 * (its own {@code geoPoint}, else the one Trialfinder derived). The trial page shows the first
 * {@link #SHOWN_ON_TRIAL_PAGE}; the locations page shows all of them, {@link #PAGE_SIZE} a page, so
 * no page grows past the weight budget even for a trial with a thousand sites.
 */
public final class SiteListing {
    public static final int SHOWN_ON_TRIAL_PAGE = 50;
    public static final int PAGE_SIZE = 100;

    /** One site with its position in the record and its coordinates (NaN when it has none). */
    public record Entry(int index, Location location, double lat, double lon) {
        public boolean onMap() {
            return !Double.isNaN(lat) && !Double.isNaN(lon);
        }
    }

    private final String nctId;
    private final List<Entry> ordered;
    private final Map<String, Integer> countryCounts;
    private final Map<String, Integer> countryFirstPosition;

    public SiteListing(String nctId, List<Location> locations, List<DerivedGeoPoint> derived) {
        this.nctId = nctId;
        Map<Integer, DerivedGeoPoint> derivedByIndex = new HashMap<>();
        for (DerivedGeoPoint d : derived) {
            derivedByIndex.put(d.locationIndex(), d);
        }
        Map<String, List<Entry>> byCountry = new LinkedHashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            Location l = locations.get(i);
            if (l == null) {
                continue;
            }
            double lat = Double.NaN;
            double lon = Double.NaN;
            if (l.geoPoint() != null
                    && !Double.isNaN(l.geoPoint().latitude())
                    && !Double.isNaN(l.geoPoint().longitude())) {
                lat = l.geoPoint().latitude();
                lon = l.geoPoint().longitude();
            } else if (derivedByIndex.containsKey(i)) {
                lat = derivedByIndex.get(i).lat();
                lon = derivedByIndex.get(i).lon();
            }
            byCountry.computeIfAbsent(countryOf(l), k -> new ArrayList<>()).add(new Entry(i, l, lat, lon));
        }
        List<Entry> all = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> firsts = new LinkedHashMap<>();
        byCountry.forEach((country, entries) -> {
            firsts.put(country, all.size());
            counts.put(country, entries.size());
            all.addAll(entries);
        });
        this.ordered = List.copyOf(all);
        this.countryCounts = counts;
        this.countryFirstPosition = firsts;
    }

    private static String countryOf(Location l) {
        return l.country() == null || l.country().isBlank() ? "Country not given" : l.country();
    }

    public int total() {
        return ordered.size();
    }

    public int pages() {
        return Math.max(1, (ordered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The coordinates of every site that has them, as {lat, lon}. */
    public List<double[]> points() {
        List<double[]> points = new ArrayList<>();
        for (Entry e : ordered) {
            if (e.onMap()) {
                points.add(new double[] {e.lat(), e.lon()});
            }
        }
        return points;
    }

    public String mapUrl() {
        return "/study/" + nctId + "/map.svg";
    }

    public String listUrl(int page) {
        return "/study/" + nctId + "/locations" + (page > 1 ? "?page=" + page : "");
    }

    /** What the trial page shows: the first sites, and the per-country counts when there are more. */
    public StudyView.Sites forTrialPage() {
        List<Entry> shown = ordered.subList(0, Math.min(SHOWN_ON_TRIAL_PAGE, ordered.size()));
        boolean all = shown.size() == ordered.size();
        return new StudyView.Sites(
                total(), points().size(), group(shown), all, all ? List.of() : countryCounts(), mapUrl(), listUrl(1));
    }

    /** One page (1-based) of the full list; the caller checks {@code page} is within {@link #pages()}. */
    public StudyView.Sites page(int page) {
        int from = (page - 1) * PAGE_SIZE;
        List<Entry> shown = ordered.subList(Math.min(from, ordered.size()), Math.min(from + PAGE_SIZE, ordered.size()));
        return new StudyView.Sites(
                total(), points().size(), group(shown), pages() == 1, countryCounts(), mapUrl(), listUrl(1));
    }

    private List<StudyView.CountryCount> countryCounts() {
        List<StudyView.CountryCount> counts = new ArrayList<>();
        countryCounts.forEach((country, n) -> counts.add(new StudyView.CountryCount(
                country, n, listUrl(countryFirstPosition.get(country) / PAGE_SIZE + 1) + "#" + anchor(country))));
        return counts;
    }

    private List<StudyView.CountrySites> group(List<Entry> entries) {
        Map<String, List<StudyView.Site>> byCountry = new LinkedHashMap<>();
        for (Entry e : entries) {
            byCountry
                    .computeIfAbsent(countryOf(e.location()), k -> new ArrayList<>())
                    .add(site(e));
        }
        List<StudyView.CountrySites> groups = new ArrayList<>();
        byCountry.forEach((country, sites) -> groups.add(
                new StudyView.CountrySites(country, anchor(country), countryCounts.get(country), List.copyOf(sites))));
        return groups;
    }

    private static StudyView.Site site(Entry e) {
        Location l = e.location();
        List<StudyView.Person> contacts = new ArrayList<>();
        for (Contact c : Lists.orEmpty(l.contacts())) {
            if (c != null) {
                contacts.add(StudyViews.person(c));
            }
        }
        return new StudyView.Site(
                l.facility(),
                l.city(),
                l.state(),
                l.zip(),
                l.country(),
                l.status() == null ? null : l.status().name().toLowerCase(Locale.ROOT),
                PlainWords.status(l.status()),
                List.copyOf(contacts),
                e.onMap());
    }

    /** "United States" → "sites-united-states": an id for the country's heading. */
    static String anchor(String country) {
        return "sites-" + Slugs.slug(country);
    }
}
