package org.trialfinder.app.site.browse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.browse.BrowseKeys;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.StudyStore;

/** Turns the trials of a browse page into rows: title, status, phase, sponsor, and on a city page its sites there. */
final class TrialRows {
    private static final Set<String> SHOWN_MODULES =
            Set.of("identificationModule", "statusModule", "designModule", "sponsorCollaboratorsModule");
    /** Reads one module's value from a parser standing inside the record (more of the record follows it). */
    private static final ObjectReader MODULE_READER =
            StudyJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final StudyStore store;

    TrialRows(StudyStore store) {
        this.store = store;
    }

    TrialRow row(SearchHit hit) {
        return row(hit, null);
    }

    /** A row listing the trial's sites whose city key is {@code cityKey} (none when null). */
    TrialRow row(SearchHit hit, String cityKey) {
        ObjectNode protocol = protocolModules(hit.json(), cityKey != null);
        String title = text(protocol.path("identificationModule").path("briefTitle"));
        if (title == null) {
            title = text(protocol.path("identificationModule").path("officialTitle"));
        }
        String status = text(protocol.path("statusModule").path("overallStatus"));
        List<TrialRow.Site> sites = cityKey == null ? List.of() : sitesIn(hit.nctId(), protocol, cityKey);
        return new TrialRow(
                hit.nctId(),
                title == null ? hit.nctId() : title,
                status == null ? "" : status,
                statusWords(status),
                phase(protocol.path("designModule").path("phases")),
                text(protocol.path("sponsorCollaboratorsModule")
                        .path("leadSponsor")
                        .path("name")),
                sites);
    }

    private List<TrialRow.Site> sitesIn(String nctId, ObjectNode protocol, String cityKey) {
        ObjectNode study = StudyJson.mapper().createObjectNode();
        study.set("protocolSection", protocol);
        // the gazetteer's regions are read (one more look-up) only for a site that gives no state
        Map<Integer, String> derived = new HashMap<>();
        boolean[] loaded = {false};
        IntFunction<String> derivedRegion = index -> {
            if (!loaded[0]) {
                loaded[0] = true;
                List<DerivedGeoPoint> points =
                        store.get(nctId).map(s -> s.derivedGeoPoints()).orElse(List.of());
                for (DerivedGeoPoint p : points) {
                    String region = BrowseKeys.regionOfMatch(p.precision(), p.matchedPlace());
                    if (region != null) {
                        derived.put(p.locationIndex(), region);
                    }
                }
            }
            return derived.get(index);
        };
        List<TrialRow.Site> out = new ArrayList<>();
        for (BrowseKeys.SitePlace site : BrowseKeys.sites(study, derivedRegion)) {
            if (site.cityKey().equals(cityKey)) {
                out.add(new TrialRow.Site(
                        site.facility() == null ? "Site name not given" : site.facility(),
                        site.status() == null ? null : statusWords(site.status())));
            }
        }
        return out;
    }

    /**
     * The modules of {@code protocolSection} a row shows (identification, status, design, sponsor;
     * and the sites when asked), read without building the rest: results and derived sections of a
     * large record are skipped token by token instead of becoming a tree.
     */
    private static ObjectNode protocolModules(byte[] json, boolean withSites) {
        ObjectNode protocol = StudyJson.mapper().createObjectNode();
        try (JsonParser p = StudyJson.mapper().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return protocol;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                p.nextToken();
                if (!section.equals("protocolSection") || p.currentToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String module = p.currentName();
                    p.nextToken();
                    if (SHOWN_MODULES.contains(module) || (withSites && module.equals("contactsLocationsModule"))) {
                        protocol.set(module, MODULE_READER.readTree(p));
                    } else {
                        p.skipChildren();
                    }
                }
            }
            return protocol;
        } catch (IOException e) {
            throw new UncheckedIOException("a stored study is unreadable", e);
        }
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
            words.add(
                    switch (p.asText()) {
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
}
