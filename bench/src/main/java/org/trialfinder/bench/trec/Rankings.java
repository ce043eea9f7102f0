package org.trialfinder.bench.trec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders trials by a score, highest first. Ties (common: trials no query word matches all score 0)
 * are broken by a seeded hash of the NCT id rather than by the id itself, because id order follows
 * registration date and the judged pools are not spread evenly over it.
 */
public final class Rankings {
    private Rankings() {}

    /** Every trial of {@code candidates}, those without a score counting 0. */
    public static List<String> order(Set<String> candidates, Map<String, Double> scores, long seed) {
        List<String> ids = new ArrayList<>(candidates);
        ids.sort(Comparator.<String>comparingDouble(id -> -scores.getOrDefault(id, 0.0))
                .thenComparingLong(id -> mix(id.hashCode() ^ seed))
                .thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    /** SplitMix64's finaliser: a well-spread hash, stable across runs and JVMs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
