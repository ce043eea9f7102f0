package org.trialfinder.search.fields;

import java.util.Locale;

/**
 * How enum and boolean values are indexed and queried in, by every engine: lowercase letters and digits only, so
 * "Not yet recruiting", "NOT_YET_RECRUITING" and "not-yet-recruiting" meet, as do "Phase 2" and "PHASE2"; yes/no
 * are true/false.
 */
public final class EnumKey {
    private EnumKey() {}

    public static String of(String text) {
        String k = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return switch (k) {
            case "yes", "y" -> "true";
            case "no", "n" -> "false";
            default -> k;
        };
    }
}
