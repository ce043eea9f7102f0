package org.trialfinder.app.site.browse;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.search.browse.BrowseKeys;
import org.trialfinder.search.summary.StudySummary;

/**
 * Turns the trials of a browse page into rows: title, status, phase, sponsor, and on a city page its
 * sites there; from each trial's stored summary, worded as the record's own values would be.
 */
final class TrialRows {
    private TrialRows() {}

    static TrialRow row(StudySummary trial) {
        return row(trial, null);
    }

    /** A row listing the trial's sites whose city key is {@code cityKey} (none when null). */
    static TrialRow row(StudySummary trial, String cityKey) {
        String title = text(trial.briefTitle());
        if (title == null) {
            title = text(trial.officialTitle());
        }
        String status = text(trial.overallStatus());
        List<TrialRow.Site> sites = cityKey == null ? List.of() : sitesIn(trial, cityKey);
        return new TrialRow(
                trial.nctId(),
                title == null ? trial.nctId() : title,
                status == null ? "" : status,
                statusWords(status),
                phase(trial.phases()),
                text(trial.leadSponsor()),
                sites);
    }

    private static List<TrialRow.Site> sitesIn(StudySummary trial, String cityKey) {
        List<TrialRow.Site> out = new ArrayList<>();
        for (StudySummary.Site site : trial.sites()) {
            if (site != null && site.cityKey().equals(cityKey)) {
                String facility = BrowseKeys.tidyText(site.facility());
                String status = BrowseKeys.tidyText(site.status());
                out.add(new TrialRow.Site(
                        facility == null ? "Site name not given" : facility,
                        status == null ? null : statusWords(status)));
            }
        }
        return out;
    }

    /** ClinicalTrials.gov's status in plain words; a value this version does not know is shown as written. */
    static String statusWords(String status) {
        if (status == null) {
            return PlainWords.status((OverallStatus) null);
        }
        try {
            return PlainWords.status(OverallStatus.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            return status;
        }
    }

    /** "Phase 2", "Phase 1/Phase 2", "Early Phase 1", "Phase not applicable"; null when the record gives none. */
    static String phase(List<String> phases) {
        List<String> words = new ArrayList<>();
        for (String p : phases) {
            words.add(
                    switch (p) {
                        case "NA" -> "Phase not applicable";
                        case "EARLY_PHASE1" -> "Early Phase 1";
                        case "PHASE1" -> "Phase 1";
                        case "PHASE2" -> "Phase 2";
                        case "PHASE3" -> "Phase 3";
                        case "PHASE4" -> "Phase 4";
                        default -> p;
                    });
        }
        return words.isEmpty() ? null : String.join("/", words);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
