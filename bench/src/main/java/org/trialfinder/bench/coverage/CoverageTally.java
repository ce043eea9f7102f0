package org.trialfinder.bench.coverage;

import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.screen.ProceduralCriteria;

/**
 * Counts of criteria items for one group of trials: how many the parser read into checks (at least one part
 * computable), how many completely, and how many of the unread ones are procedural (consent, visits …).
 */
final class CoverageTally {
    int trials;
    int items;
    int computable;
    int fullyComputable;
    int procedural;

    void addTrial() {
        trials++;
    }

    void add(Criterion tree) {
        items++;
        if (tree.computable()) {
            computable++;
            if (!tree.partlyNotComputable()) {
                fullyComputable++;
            }
        } else if (ProceduralCriteria.procedural(tree)) {
            procedural++;
        }
    }

    /** Adds another group's counts to these. */
    void addAll(CoverageTally other) {
        trials += other.trials;
        items += other.items;
        computable += other.computable;
        fullyComputable += other.fullyComputable;
        procedural += other.procedural;
    }

    /** Computable items among all items. */
    double share() {
        return items == 0 ? 0 : (double) computable / items;
    }

    /** Computable items among the items that are not procedural. */
    double medicalShare() {
        int medical = items - procedural;
        return medical == 0 ? 0 : (double) computable / medical;
    }

    double fullShare() {
        return items == 0 ? 0 : (double) fullyComputable / items;
    }
}
