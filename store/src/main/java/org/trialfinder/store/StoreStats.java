package org.trialfinder.store;

import java.util.Map;

/** Counts over the committed studies; each map is ordered by descending count, then by key. */
public record StoreStats(
        long studies,
        Map<String, Long> byStatus,
        Map<String, Long> byPhase,
        Map<String, Long> byStudyType,
        Map<String, Long> byCountry) {}
