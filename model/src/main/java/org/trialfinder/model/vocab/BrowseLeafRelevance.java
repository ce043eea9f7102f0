package org.trialfinder.model.vocab;

/**
 * How central a MeSH browse leaf is to the study ({@code browseLeaves[].relevance}).
 *
 * <p>Constants are spelled exactly as ClinicalTrials.gov API v2 writes them, so Jackson reads and
 * writes them by name; a value outside this list is rejected as bad input.
 */
public enum BrowseLeafRelevance implements LegacyWording {
    LOW("low"),
    HIGH("high");

    private final String legacy;

    BrowseLeafRelevance(String legacy) {
        this.legacy = legacy;
    }

    @Override
    public String legacy() {
        return legacy;
    }
}
