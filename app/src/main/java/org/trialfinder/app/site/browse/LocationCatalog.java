package org.trialfinder.app.site.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.search.browse.BrowseCount;

/**
 * The places of the stored trials' sites: countries, their regions and the regions' cities (cities
 * whose region is unknown sit under the region key {@code -}). Built from one set of counts and
 * immutable: rebuilt only when the counts change (a new commit).
 */
final class LocationCatalog {
    private static final Comparator<BrowseCount> BY_NAME = Comparator.comparing(
                    (BrowseCount c) -> c.name().toLowerCase(Locale.ROOT))
            .thenComparing(BrowseCount::key);

    private final List<BrowseCount> countrySource;
    private final List<BrowseCount> regionSource;
    private final List<BrowseCount> citySource;
    private final List<BrowseCount> countries;
    private final Map<String, BrowseCount> byKey = new HashMap<>();
    private final Map<String, List<BrowseCount>> children = new HashMap<>();

    LocationCatalog(List<BrowseCount> countryCounts, List<BrowseCount> regionCounts, List<BrowseCount> cityCounts) {
        this.countrySource = countryCounts;
        this.regionSource = regionCounts;
        this.citySource = cityCounts;
        this.countries = countryCounts.stream().sorted(BY_NAME).toList();
        for (List<BrowseCount> level : List.of(countryCounts, regionCounts, cityCounts)) {
            for (BrowseCount c : level) {
                byKey.put(c.key(), c);
                int slash = c.key().lastIndexOf('/');
                if (slash > 0) {
                    children.computeIfAbsent(c.key().substring(0, slash), k -> new ArrayList<>())
                            .add(c);
                }
            }
        }
        children.values().forEach(list -> list.sort(BY_NAME));
    }

    /** Whether these are the very lists (one data version's counts) this catalog was built from. */
    boolean builtFrom(List<BrowseCount> countryCounts, List<BrowseCount> regionCounts, List<BrowseCount> cityCounts) {
        return countrySource == countryCounts && regionSource == regionCounts && citySource == cityCounts;
    }

    List<BrowseCount> countries() {
        return countries;
    }

    /** A country, region ({@code country/region}) or city ({@code country/region/city}) by its key. */
    Optional<BrowseCount> place(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The regions of a country or the cities of a region, by name. */
    List<BrowseCount> within(String key) {
        return children.getOrDefault(key, List.of());
    }
}
