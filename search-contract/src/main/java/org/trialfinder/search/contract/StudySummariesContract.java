package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.browse.BrowseKeys;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.StoredStudy;

/** The stored summaries of the sample's trials, each against what its stored record says. */
public abstract class StudySummariesContract {
    private final EngineSample sample = ContractEngine.engine().sample();

    @Test
    void everySummarySaysWhatItsRecordSays() {
        Map<String, StudySummary> all = sample.summaries().of(sample.records().keySet());
        assertThat(all).hasSameSizeAs(sample.records());
        long sitesChecked = 0;
        long cityKeys = 0;
        for (var e : sample.records().entrySet()) {
            JsonNode r = e.getValue();
            StudySummary s = all.get(e.getKey());
            JsonNode p = r.path("protocolSection");
            assertThat(s.nctId()).isEqualTo(e.getKey());
            assertThat(s.briefTitle()).isEqualTo(text(p.at("/identificationModule/briefTitle")));
            assertThat(s.officialTitle()).isEqualTo(text(p.at("/identificationModule/officialTitle")));
            assertThat(s.overallStatus()).isEqualTo(text(p.at("/statusModule/overallStatus")));
            assertThat(s.phases()).isEqualTo(texts(p.at("/designModule/phases")));
            assertThat(s.studyType()).isEqualTo(text(p.at("/designModule/studyType")));
            assertThat(s.conditions()).isEqualTo(texts(p.at("/conditionsModule/conditions")));
            assertThat(s.leadSponsor()).isEqualTo(text(p.at("/sponsorCollaboratorsModule/leadSponsor/name")));
            JsonNode locations = p.at("/contactsLocationsModule/locations");
            assertThat(s.sites()).hasSize(locations.size());
            Map<Integer, String> cityKeyByIndex =
                    browseCityKeys(r, sample.store().get(e.getKey()).orElseThrow());
            for (int i = 0; i < locations.size(); i++) {
                JsonNode l = locations.get(i);
                StudySummary.Site site = s.sites().get(i);
                assertThat(site.facility()).isEqualTo(text(l.path("facility")));
                assertThat(site.city()).isEqualTo(text(l.path("city")));
                assertThat(site.state()).isEqualTo(text(l.path("state")));
                assertThat(site.country()).isEqualTo(text(l.path("country")));
                assertThat(site.status()).isEqualTo(text(l.path("status")));
                assertThat(site.cityKey()).isEqualTo(cityKeyByIndex.getOrDefault(i, ""));
                sitesChecked++;
                cityKeys += site.cityKey().isEmpty() ? 0 : 1;
            }
        }
        assertThat(sitesChecked).isGreaterThan(1000);
        assertThat(cityKeys).isGreaterThan(1000);
    }

    @Test
    void anIdThatIsNotStoredHasNoSummary() {
        String stored = sample.records().keySet().iterator().next();
        assertThat(sample.summaries().of(List.of("NCT99999999", stored))).containsOnlyKeys(stored);
        assertThat(sample.summaries().of(List.of())).isEmpty();
    }

    /** The city keys the browse pages give each site (from the record, as browse indexing reads it). */
    private static Map<Integer, String> browseCityKeys(JsonNode record, StoredStudy stored) {
        Map<Integer, String> derived = new HashMap<>();
        for (DerivedGeoPoint d : stored.derivedGeoPoints()) {
            String region = BrowseKeys.regionOfMatch(d.precision(), d.matchedPlace());
            if (region != null) {
                derived.put(d.locationIndex(), region);
            }
        }
        Map<Integer, String> out = new HashMap<>();
        for (BrowseKeys.SitePlace site : BrowseKeys.sites(record, derived::get)) {
            out.put(site.locationIndex(), site.cityKey());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(text(n)));
        return out;
    }
}
