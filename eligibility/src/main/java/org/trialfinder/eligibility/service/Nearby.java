package org.trialfinder.eligibility.service;

import org.trialfinder.geo.Coordinates;

/** Only trials with a site within {@code radiusKm} of a point. */
public record Nearby(Coordinates at, double radiusKm) {
    public Nearby {
        if (!(radiusKm > 0)) {
            throw new IllegalArgumentException("a radius is more than 0 km, got " + radiusKm);
        }
    }
}
