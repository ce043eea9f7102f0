package org.trialfinder.geo;

import java.util.Objects;

/**
 * A candidate place for a user's text.
 *
 * @param name the place name as GeoNames writes it ("São Paulo"), the region name for a region,
 *     the country name for a country, or "02115 Boston" for a postal code
 * @param region first-level division name ("Massachusetts", "Guangdong"); empty when unknown or
 *     when the place is itself a region or a country
 * @param countryCode ISO 3166-1 alpha-2 code
 * @param countryName ClinicalTrials.gov-style country name ("Korea, Republic of")
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param population GeoNames population (sum of its places for a region or country; 0 for postal codes)
 * @param kind what sort of place this is
 */
public record Place(
        String name,
        String region,
        String countryCode,
        String countryName,
        double lat,
        double lon,
        long population,
        Precision kind) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(countryName, "countryName");
        Objects.requireNonNull(kind, "kind");
    }

    /** "Guangzhou, Guangdong, China"; parts that are empty or repeated are left out. */
    public String displayName() {
        StringBuilder sb = new StringBuilder(name);
        if (!region.isEmpty() && !region.equals(name)) sb.append(", ").append(region);
        if (!countryName.isEmpty() && !countryName.equals(name)) sb.append(", ").append(countryName);
        return sb.toString();
    }
}
