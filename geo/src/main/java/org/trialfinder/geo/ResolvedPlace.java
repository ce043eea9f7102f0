package org.trialfinder.geo;

import java.util.Objects;

/** What a user's place text was read as: a point and the name to show for it ("Guangzhou, Guangdong, China"). */
public record ResolvedPlace(Coordinates at, String name) {
    public ResolvedPlace {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(name, "name");
    }
}
