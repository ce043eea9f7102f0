package org.trialfinder.app.site.browse;

import java.util.List;

/**
 * One trial in a browse list.
 *
 * @param status the overall status enum name (for the badge's class), statusWords as people read it
 * @param sites  on a city page, the trial's sites in that city; empty elsewhere
 */
public record TrialRow(
        String nctId, String title, String status, String statusWords, String phase, String sponsor, List<Site> sites) {
    public TrialRow {
        sites = List.copyOf(sites);
    }

    /** A site of the trial: its facility (or "Site name not given") and its status in words (null when not given). */
    public record Site(String facility, String statusWords) {}
}
