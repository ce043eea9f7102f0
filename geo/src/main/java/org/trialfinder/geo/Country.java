package org.trialfinder.geo;

import java.util.Objects;

/**
 * A country.
 *
 * @param iso2 ISO 3166-1 alpha-2 code ("KR")
 * @param name ClinicalTrials.gov-style name ("Korea, Republic of", "Turkey (Türkiye)")
 */
public record Country(String iso2, String name) {
    public Country {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(name, "name");
    }
}
