package org.trialfinder.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.store.StoreStats;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.opensearch.testing.SampleStore;

/**
 * The whole sample written through the bulk path and read back: every record's bytes and derived points come
 * back exactly, and the counts and dates equal a scan of the records as read from the files.
 */
class SampleStoreTest {
    private static SampleStore sample;

    @BeforeAll
    static void load() {
        sample = SampleStore.get();
        System.out.printf("sample of %d studies written in %d ms%n", sample.records.size(), sample.loadMillis);
    }

    @Test
    void everyRecordComesBackAsItCameWithItsDerivedPoints() {
        Map<String, StoredStudy> back = new HashMap<>();
        sample.store.forEach(s -> assertThat(back.put(s.nctId(), s))
                .as("%s visited once", s.nctId())
                .isNull());
        assertThat(back).hasSameSizeAs(sample.records);
        assertThat(sample.store.count()).isEqualTo(sample.records.size());
        sample.documents.forEach((id, doc) -> {
            StoredStudy s = back.get(id);
            assertThat(s).as(id).isNotNull();
            assertThat(s.json()).as(id).isEqualTo(doc.json());
            assertThat(s.derivedGeoPoints()).as(id).isEqualTo(doc.derivedGeoPoints());
        });
        String one = sample.records.keySet().iterator().next();
        assertThat(sample.store.get(one.toLowerCase()).orElseThrow().json())
                .isEqualTo(sample.documents.get(one).json());
    }

    @Test
    void statsAndDatesEqualAScanOfTheRecords() {
        Map<String, Long> byStatus = new HashMap<>();
        Map<String, Long> byCountry = new HashMap<>();
        Map<String, LocalDate> lastUpdates = new TreeMap<>();
        LocalDate latest = null;
        for (var e : sample.records.entrySet()) {
            JsonNode r = e.getValue();
            String status = r.at("/protocolSection/statusModule/overallStatus").asText("(none)");
            byStatus.merge(status, 1L, Long::sum);
            Map<String, Boolean> countries = new LinkedHashMap<>();
            r.at("/protocolSection/contactsLocationsModule/locations").forEach(l -> {
                String c = l.path("country").asText("");
                if (!c.isBlank()) {
                    countries.put(c, true);
                }
            });
            if (countries.isEmpty()) {
                countries.put("(none)", true);
            }
            countries.keySet().forEach(c -> byCountry.merge(c, 1L, Long::sum));
            String date = r.at("/protocolSection/statusModule/lastUpdatePostDateStruct/date")
                    .asText("");
            LocalDate d = date.length() == 10 ? LocalDate.parse(date) : null;
            lastUpdates.put(e.getKey(), d);
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        StoreStats stats = sample.store.stats();
        assertThat(stats.studies()).isEqualTo(sample.records.size());
        assertThat(stats.byStatus()).isEqualTo(byStatus);
        assertThat(stats.byCountry()).isEqualTo(byCountry);
        assertThat(sample.store.latestUpdatePostDate()).isEqualTo(Optional.ofNullable(latest));
        Map<String, LocalDate> visited = new TreeMap<>();
        sample.store.forEachLastUpdate(visited::put);
        assertThat(visited).isEqualTo(lastUpdates);
        assertThat(sample.store.metadata().dataTimestamp()).isPresent();
    }
}
