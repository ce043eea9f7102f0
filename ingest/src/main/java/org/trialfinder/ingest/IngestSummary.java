package org.trialfinder.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What one ingest (or sync) did. {@code rejected} counts every record not stored because it was
 * bad; {@code rejections} lists them (the first {@link IngestTally#MAX_LISTED_REJECTIONS}), each
 * with its origin and reason.
 */
public record IngestSummary(
        long added,
        long updated,
        long unchanged,
        long keptNewer,
        long superseded,
        long rejected,
        List<Rejection> rejections,
        long sitesGeocoded,
        long sitesWithoutCoordinates,
        Duration elapsed) {

    public long read() {
        return added + updated + unchanged + keptNewer + superseded + rejected;
    }

    public boolean anyRejected() {
        return rejected > 0;
    }

    public double studiesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : (read() - rejected) / s;
    }

    /** The end-of-ingest report: counts first, then each rejection with its reason. */
    public void print(PrintStream out, String verb) {
        out.printf(
                Locale.ROOT,
                "%s finished in %.1f s: %,d records read, %,.0f studies/s%n",
                verb,
                elapsed.toMillis() / 1000.0,
                read(),
                studiesPerSecond());
        out.printf(Locale.ROOT, "  added:     %,d%n", added);
        out.printf(Locale.ROOT, "  updated:   %,d%n", updated);
        out.printf(Locale.ROOT, "  unchanged: %,d%n", unchanged);
        if (keptNewer > 0) {
            out.printf(
                    Locale.ROOT,
                    "  not replaced (stored version is newer, or as new and in the richer v2 form): %,d%n",
                    keptNewer);
        }
        if (superseded > 0) {
            out.printf(Locale.ROOT, "  not stored (old NCT id, now an alias of a stored study): %,d%n", superseded);
        }
        out.printf(Locale.ROOT, "  rejected:  %,d%n", rejected);
        if (sitesGeocoded > 0 || sitesWithoutCoordinates > 0) {
            out.printf(
                    Locale.ROOT,
                    "  sites without geoPoint given coordinates from the gazetteer: %,d (no match: %,d)%n",
                    sitesGeocoded,
                    sitesWithoutCoordinates);
        }
        for (Rejection r : rejections) {
            out.println("  rejected " + r);
        }
        if (rejected > rejections.size()) {
            out.printf(Locale.ROOT, "  … and %,d more rejected records%n", rejected - rejections.size());
        }
    }
}
