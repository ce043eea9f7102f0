package org.trialfinder.app.site.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.browse.BrowseKeys;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.StudyStore;

/** Turns the trials of a browse page into rows: title, status, phase, sponsor, and on a city page its sites there. */
final class TrialRows {
    private final StudyStore store;

    TrialRows(StudyStore store) {
        this.store = store;
    }

    TrialRow row(SearchHit hit) {
        return row(hit, null);
    }

    /** A row listing the trial's sites whose city key is {@code cityKey} (none when null). */
    TrialRow row(SearchHit hit, String cityKey) {
        JsonNode study = tree(hit.json());
        JsonNode protocol = study.path("protocolSection");
        String title = text(protocol.path("identificationModule").path("briefTitle"));
        if (title == null) {
            title = text(protocol.path("identificationModule").path("officialTitle"));
        }
        String status = text(protocol.path("statusModule").path("overallStatus"));
        List<TrialRow.Site> sites = cityKey == null ? List.of() : sitesIn(hit.nctId(), study, cityKey);
        return new TrialRow(hit.nctId(), title == null ? hit.nctId() : title, status == null ? "" : status, statusWords(status),
                phase(protocol.path("designModule").path("phases")),
                text(protocol.path("sponsorCollaboratorsModule").path("leadSponsor").path("name")), sites);
    }

    private List<TrialRow.Site> sitesIn(String nctId, JsonNode study, String cityKey) {
        Map<Integer, String> derived = new HashMap<>();
        List<DerivedGeoPoint> points = store.get(nctId).map(s -> s.derivedGeoPoints()).orElse(List.of());
        for (DerivedGeoPoint p : points) {
            String region = BrowseKeys.regionOfMatch(p.precision(), p.matchedPlace());
            if (region != null) {
                derived.put(p.locationIndex(), region);
            }
        }
        List<TrialRow.Site> out = new ArrayList<>();
        for (BrowseKeys.SitePlace site : BrowseKeys.sites(study, derived::get)) {
            if (site.cityKey().equals(cityKey)) {
                out.add(new TrialRow.Site(site.facility() == null ? "Site name not given" : site.facility(),
                        site.status() == null ? null : statusWords(site.status())));
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
    static String phase(JsonNode phases) {
        List<String> words = new ArrayList<>();
        for (JsonNode p : phases) {
            words.add(switch (p.asText()) {
                case "NA" -> "Phase not applicable";
                case "EARLY_PHASE1" -> "Early Phase 1";
                case "PHASE1" -> "Phase 1";
                case "PHASE2" -> "Phase 2";
                case "PHASE3" -> "Phase 3";
                case "PHASE4" -> "Phase 4";
                default -> p.asText();
            });
        }
        return words.isEmpty() ? null : String.join("/", words);
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    private static JsonNode tree(byte[] json) {
        try {
            return StudyJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored study is unreadable", e);
        }
    }
}
