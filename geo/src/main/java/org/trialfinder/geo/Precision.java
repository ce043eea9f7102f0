package org.trialfinder.geo;

/** How precise a geocoding result is, from the most precise to the coarsest. */
public enum Precision {
    /** Centroid of a US ZIP code or a Canadian forward sortation area. */
    POSTAL_CODE,
    /** A GeoNames populated place (city, town, village, city district). */
    CITY,
    /** A first-level division (state, province, region): population-weighted centroid of its places. */
    REGION,
    /** A country: population-weighted centroid of its places. */
    COUNTRY;

    /** True when this precision is at least as precise as {@code other}. */
    public boolean atLeast(Precision other) {
        return ordinal() <= other.ordinal();
    }
}
