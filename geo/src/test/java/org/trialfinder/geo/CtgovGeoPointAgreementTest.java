package org.trialfinder.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Geocodes the real ClinicalTrials.gov v2 sites that carry ClinicalTrials.gov's own geoPoint (city
 * centroids) from their city/state/zip/country alone and checks the agreement. Skipped when the
 * shared data set is absent.
 */
class CtgovGeoPointAgreementTest {

    private static final Path DATA = Path.of(
            System.getProperty("trialfinder.shared", "/work/shared/data"), "ctgov-v2", "ctgov-v2-studies.jsonl.gz");

    record Site(String city, String state, String zip, String country, double lat, double lon) {}

    @SuppressWarnings("unchecked")
    static List<Site> sites() throws IOException {
        List<Site> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(DATA)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                Map<String, Object> study = (Map<String, Object>) MiniJson.parse(line);
                Map<String, Object> ps = (Map<String, Object>) study.get("protocolSection");
                if (ps == null) continue;
                Map<String, Object> clm = (Map<String, Object>) ps.get("contactsLocationsModule");
                if (clm == null || clm.get("locations") == null) continue;
                for (Object o : (List<Object>) clm.get("locations")) {
                    Map<String, Object> l = (Map<String, Object>) o;
                    Map<String, Object> gp = (Map<String, Object>) l.get("geoPoint");
                    if (gp == null) continue;
                    out.add(new Site(
                            (String) l.get("city"),
                            (String) l.get("state"),
                            (String) l.get("zip"),
                            (String) l.get("country"),
                            (Double) gp.get("lat"),
                            (Double) gp.get("lon")));
                }
            }
        }
        return out;
    }

    @Test
    void sitesLandNearClinicalTrialsGovGeoPoints() throws IOException {
        assumeTrue(Files.isReadable(DATA), "shared ClinicalTrials.gov data not available");
        List<Site> sites = sites();
        assertThat(sites).hasSizeGreaterThan(10_000);
        Gazetteer g = Gazetteer.loadDefault();

        int within = 0;
        int none = 0;
        double[] dist = new double[sites.size()];
        Map<Precision, Integer> byPrecision = new EnumMap<>(Precision.class);
        List<String> misses = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < sites.size(); k++) {
            Site s = sites.get(k);
            var m = g.geocodeSite(s.city(), s.state(), s.zip(), s.country());
            if (m.isEmpty()) {
                none++;
                dist[k] = Double.MAX_VALUE;
                misses.add("NONE " + s);
                continue;
            }
            byPrecision.merge(m.get().precision(), 1, Integer::sum);
            double d = Gazetteer.distanceKm(m.get().lat(), m.get().lon(), s.lat(), s.lon());
            dist[k] = d;
            if (d <= 25) within++;
            else misses.add(String.format(Locale.ROOT, "%.0f km %s -> %s", d, s, m.get()));
        }
        long micros = (System.nanoTime() - t0) / 1000;
        Arrays.sort(dist);
        double share = within / (double) sites.size();
        System.out.printf(
                Locale.ROOT,
                "ctgov geoPoint agreement: %d sites, %.2f%% within 25 km, median %.2f km, p90 %.2f km, no match %d, by precision %s, %.1f us/site%n",
                sites.size(),
                100 * share,
                dist[dist.length / 2],
                dist[(int) (dist.length * 0.9)],
                none,
                byPrecision,
                micros / (double) sites.size());
        if (System.getenv("TRIALFINDER_GEO_MISSES") != null) misses.forEach(System.out::println);
        assertThat(share).isGreaterThanOrEqualTo(0.95);
    }
}
