package org.trialfinder.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Behaviour of the gazetteer on the shipped resources (no access to /work/shared). */
class GazetteerTest {

    private static final Gazetteer G = Gazetteer.loadDefault();

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        return Gazetteer.distanceKm(lat1, lon1, lat2, lon2);
    }

    // ------------------------------------------------------------------ lookup

    @Test
    void guangzhouAsCityAndFullyQualified() {
        Place p = G.lookup("Guangzhou", 5).get(0);
        assertThat(p.name()).isEqualTo("Guangzhou");
        assertThat(p.region()).isEqualTo("Guangdong");
        assertThat(p.countryCode()).isEqualTo("CN");
        assertThat(p.countryName()).isEqualTo("China");
        assertThat(p.kind()).isEqualTo(Precision.CITY);
        assertThat(km(p.lat(), p.lon(), 23.13, 113.26)).isLessThan(10);

        List<Place> q = G.lookup("Guangzhou, Guangdong, China", 5);
        assertThat(q).isNotEmpty();
        assertThat(q.get(0).name()).isEqualTo("Guangzhou");
        assertThat(q.get(0).countryCode()).isEqualTo("CN");

        // "Canton" is kept as an alternate name: exact "Canton"s (Ohio, Michigan…) first, Guangzhou after.
        List<Place> canton = G.lookup("Canton", 20);
        assertThat(canton.get(0).countryCode()).isEqualTo("US");
        assertThat(canton).extracting(Place::name).contains("Guangzhou");
    }

    @Test
    void bostonByNameStateAbbreviationAndZip() {
        Place boston = G.lookup("Boston, MA", 5).get(0);
        assertThat(boston.name()).isEqualTo("Boston");
        assertThat(boston.region()).isEqualTo("Massachusetts");
        assertThat(km(boston.lat(), boston.lon(), 42.36, -71.06)).isLessThan(5);
        assertThat(G.lookup("Boston Massachusetts", 5).get(0)).isEqualTo(boston);
        assertThat(G.lookup("Boston", 5).get(0)).isEqualTo(boston); // the most populous Boston

        List<Place> zip = G.lookup("02115", 5);
        assertThat(zip).hasSize(1);
        assertThat(zip.get(0).kind()).isEqualTo(Precision.POSTAL_CODE);
        assertThat(zip.get(0).countryCode()).isEqualTo("US");
        assertThat(km(zip.get(0).lat(), zip.get(0).lon(), 42.34, -71.09)).isLessThan(3);
        assertThat(G.lookup("02115-1234", 5)).isEqualTo(zip);
        assertThat(G.lookup("99999", 5)).isEmpty();
    }

    @Test
    void ontarioCanadaIsTheProvince() {
        List<Place> r = G.lookup("Ontario, Canada", 5);
        assertThat(r).isNotEmpty();
        Place p = r.get(0);
        assertThat(p.kind()).isEqualTo(Precision.REGION);
        assertThat(p.name()).isEqualTo("Ontario");
        assertThat(p.countryCode()).isEqualTo("CA");
        // Population-weighted centroid: in southern Ontario.
        assertThat(p.lat()).isBetween(42.0, 47.0);
        assertThat(p.lon()).isBetween(-82.0, -75.0);
        // Ontario, California is also a candidate for the bare name, after the province.
        assertThat(G.lookup("Ontario", 5)).extracting(Place::region).contains("California");
    }

    @Test
    void parisFranceVersusParisTexas() {
        Place fr = G.lookup("Paris, France", 5).get(0);
        assertThat(fr.countryCode()).isEqualTo("FR");
        assertThat(km(fr.lat(), fr.lon(), 48.857, 2.352)).isLessThan(5);

        Place tx = G.lookup("Paris, Texas", 5).get(0);
        assertThat(tx.countryCode()).isEqualTo("US");
        assertThat(tx.region()).isEqualTo("Texas");
        assertThat(G.lookup("Paris, TX", 5).get(0)).isEqualTo(tx);
        assertThat(G.lookup("Paris Texas", 5).get(0)).isEqualTo(tx);

        List<Place> paris = G.lookup("Paris", 10);
        assertThat(paris.get(0)).isEqualTo(fr);
        assertThat(paris).contains(tx);
    }

    @Test
    void springfieldIsAmbiguousAndRankedByPopulation() {
        List<Place> r = G.lookup("Springfield", 10);
        assertThat(r).hasSize(10);
        assertThat(r).allMatch(p -> p.name().equals("Springfield"));
        assertThat(r).extracting(Place::population).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(r).extracting(Place::region).contains("Missouri", "Massachusetts", "Illinois");
        assertThat(G.lookup("Springfield", 3)).hasSize(3);
        assertThat(G.lookup("Springfield, Illinois", 5).get(0).region()).isEqualTo("Illinois");
    }

    @Test
    void newYorkIsTheCityFirstThenTheState() {
        List<Place> r = G.lookup("New York", 5);
        assertThat(r.get(0).name()).isEqualTo("New York City");
        assertThat(r.get(0).kind()).isEqualTo(Precision.CITY);
        assertThat(r).anyMatch(p -> p.kind() == Precision.REGION && p.name().equals("New York"));
    }

    @Test
    void clinicalTrialsGovCountrySpellings() {
        Place seoul = G.lookup("Seoul, Korea, Republic of", 5).get(0);
        assertThat(seoul.countryCode()).isEqualTo("KR");
        assertThat(seoul.countryName()).isEqualTo("Korea, Republic of");
        assertThat(km(seoul.lat(), seoul.lon(), 37.57, 126.98)).isLessThan(5);

        assertThat(G.country("Korea, Republic of")).contains(new Country("KR", "Korea, Republic of"));
        assertThat(G.country("South Korea")).contains(new Country("KR", "Korea, Republic of"));
        assertThat(G.country("KOR").map(Country::iso2)).contains("KR");
        assertThat(G.country("kr").map(Country::iso2)).contains("KR");
        assertThat(G.country("Turkey (Türkiye)")).contains(new Country("TR", "Turkey (Türkiye)"));
        assertThat(G.country("turkiye").map(Country::iso2)).contains("TR");
        assertThat(G.country("Iran, Islamic Republic of").map(Country::iso2)).contains("IR");
        assertThat(G.country("Former Serbia and Montenegro").map(Country::iso2)).contains("RS");
        assertThat(G.country("United States")).contains(new Country("US", "United States"));
        assertThat(G.country("USA").map(Country::name)).contains("United States");
        assertThat(G.country("Russian Federation").map(Country::iso2)).contains("RU");
        assertThat(G.country("Czech Republic")).contains(new Country("CZ", "Czechia"));
        assertThat(G.country("Côte D'Ivoire").map(Country::iso2)).contains("CI");
        assertThat(G.country("China")).contains(new Country("CN", "China"));
        assertThat(G.country("Narnia")).isEmpty();
        assertThat(G.country(null)).isEmpty();
        assertThat(G.country(" ")).isEmpty();
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        Place sp = G.lookup("São Paulo", 3).get(0);
        assertThat(sp.name()).isEqualTo("São Paulo");
        assertThat(sp.kind()).isEqualTo(Precision.CITY);
        assertThat(G.lookup("Sao Paulo", 3).get(0)).isEqualTo(sp);
        assertThat(G.lookup("SAO PAULO", 3).get(0)).isEqualTo(sp);

        Place z = G.lookup("Zürich", 3).get(0);
        assertThat(z.countryCode()).isEqualTo("CH");
        assertThat(G.lookup("Zurich", 3).get(0)).isEqualTo(z);

        // St. ↔ Saint, hyphens as spaces.
        assertThat(G.lookup("Saint Louis, MO", 3).get(0).name()).isEqualTo("St. Louis");
        assertThat(G.lookup("Winston Salem", 3).get(0).name()).isEqualTo("Winston-Salem");
    }

    @Test
    void canadianPostalCodes() {
        List<Place> r = G.lookup("M5G 2C4", 5);
        assertThat(r).hasSize(1);
        Place p = r.get(0);
        assertThat(p.kind()).isEqualTo(Precision.POSTAL_CODE);
        assertThat(p.countryCode()).isEqualTo("CA");
        assertThat(p.name()).startsWith("M5G");
        assertThat(km(p.lat(), p.lon(), 43.66, -79.39)).isLessThan(5);
        assertThat(G.lookup("m5g", 5)).isEqualTo(r);
        assertThat(G.lookup("M5G2C4", 5)).isEqualTo(r);
    }

    @Test
    void garbageAndBlankGiveNothing() {
        assertThat(G.lookup("xqzzvbnkjh", 5)).isEmpty();
        assertThat(G.lookup("!!! ???", 5)).isEmpty();
        assertThat(G.lookup("", 5)).isEmpty();
        assertThat(G.lookup("   ", 5)).isEmpty();
        assertThat(G.lookup(null, 5)).isEmpty();
        assertThat(G.lookup("Boston", 0)).isEmpty();
        assertThat(G.lookup(",,,", 5)).isEmpty();
    }

    // ------------------------------------------------------------------ geocodeSite

    @Test
    void siteInGuangzhou() {
        GeoMatch m = G.geocodeSite("Guangzhou", "Guangdong", null, "China").orElseThrow();
        assertThat(m.precision()).isEqualTo(Precision.CITY);
        assertThat(m.matchedPlace()).isEqualTo("Guangzhou, Guangdong, CN");
        assertThat(m.lat()).isCloseTo(23.117, within(0.01));
        // "Province" suffix, lower case, no region at all.
        assertThat(G.geocodeSite("guangzhou", "Guangdong Province", "510080", "China"))
                .contains(m);
        assertThat(G.geocodeSite("Guangzhou", "", "", "China")).contains(m);
    }

    @Test
    void siteInBostonByStateNameCodeOrZip() {
        GeoMatch m = G.geocodeSite("Boston", "Massachusetts", "02115", "United States")
                .orElseThrow();
        assertThat(m.precision()).isEqualTo(Precision.CITY);
        assertThat(m.matchedPlace()).isEqualTo("Boston, Massachusetts, US");
        assertThat(G.geocodeSite("Boston", "MA", null, "United States")).contains(m);
        assertThat(G.geocodeSite("BOSTON", "ma", "02115-5450", "USA")).contains(m);

        // A place too small for the gazetteer: the ZIP code centroid.
        GeoMatch zip = G.geocodeSite("Nowhere Village", "Massachusetts", "02115", "United States")
                .orElseThrow();
        assertThat(zip.precision()).isEqualTo(Precision.POSTAL_CODE);
        assertThat(zip.matchedPlace()).startsWith("02115");
        assertThat(km(zip.lat(), zip.lon(), 42.34, -71.09)).isLessThan(3);

        // Unknown city, known state and no ZIP: the state.
        GeoMatch state = G.geocodeSite("Nowhere Village", "Massachusetts", null, "United States")
                .orElseThrow();
        assertThat(state.precision()).isEqualTo(Precision.REGION);
        assertThat(state.matchedPlace()).isEqualTo("Massachusetts, US");
    }

    @Test
    void siteDisambiguatedByState() {
        GeoMatch il =
                G.geocodeSite("Springfield", "Illinois", null, "United States").orElseThrow();
        assertThat(il.matchedPlace()).isEqualTo("Springfield, Illinois, US");
        GeoMatch any = G.geocodeSite("Springfield", null, null, "United States").orElseThrow();
        assertThat(any.matchedPlace()).isEqualTo("Springfield, Missouri, US"); // the most populous
        GeoMatch tx = G.geocodeSite("Paris", "Texas", null, "United States").orElseThrow();
        assertThat(tx.matchedPlace()).isEqualTo("Paris, Texas, US");
        GeoMatch fr = G.geocodeSite("Paris", "Île-de-France", "75013", "France").orElseThrow();
        assertThat(fr.matchedPlace()).isEqualTo("Paris, Île-de-France, FR");
        assertThat(G.geocodeSite("Paris", "Ile de France Region", null, "France"))
                .contains(fr);
        assertThat(G.geocodeSite("PARIS Cedex 13", null, "75013", "France")).contains(fr);
    }

    @Test
    void siteWithCtgovCountrySpellingsAndDiacritics() {
        GeoMatch seoul =
                G.geocodeSite("Seoul", "", "03080", "Korea, Republic of").orElseThrow();
        assertThat(seoul.matchedPlace()).startsWith("Seoul").endsWith("KR");
        assertThat(seoul.precision()).isEqualTo(Precision.CITY);
        assertThat(G.geocodeSite("Istanbul", null, null, "Turkey (Türkiye)")
                        .orElseThrow()
                        .matchedPlace())
                .endsWith("TR");
        assertThat(G.geocodeSite("Tehran", null, null, "Iran, Islamic Republic of")
                        .orElseThrow()
                        .precision())
                .isEqualTo(Precision.CITY);

        GeoMatch sp = G.geocodeSite("Sao Paulo", "SP", null, "Brazil").orElseThrow();
        assertThat(sp.matchedPlace()).isEqualTo("São Paulo, BR");
        assertThat(G.geocodeSite("São Paulo", "São Paulo", null, "Brazil")).contains(sp);
        assertThat(G.geocodeSite("Zurich", null, "8091", "Switzerland")
                        .orElseThrow()
                        .matchedPlace())
                .startsWith("Zürich");
        assertThat(G.geocodeSite("München", "Bayern", null, "Germany")
                        .orElseThrow()
                        .matchedPlace())
                .startsWith("Munich");
        assertThat(G.geocodeSite("Muenchen", null, null, "Germany")
                        .orElseThrow()
                        .matchedPlace())
                .startsWith("Munich");
        assertThat(G.geocodeSite("Milano", null, null, "Italy").orElseThrow().matchedPlace())
                .startsWith("Milan");
    }

    @Test
    void siteInCanadaByFsa() {
        GeoMatch toronto =
                G.geocodeSite("Toronto", "Ontario", "M5G 2C4", "Canada").orElseThrow();
        assertThat(toronto.precision()).isEqualTo(Precision.CITY);
        assertThat(toronto.matchedPlace()).isEqualTo("Toronto, Ontario, CA");
        GeoMatch fsa =
                G.geocodeSite("Unknown Hamlet", "ON", "M5G 2C4", "Canada").orElseThrow();
        assertThat(fsa.precision()).isEqualTo(Precision.POSTAL_CODE);
        assertThat(fsa.matchedPlace()).startsWith("M5G");
        assertThat(km(fsa.lat(), fsa.lon(), toronto.lat(), toronto.lon())).isLessThan(10);
    }

    @Test
    void unknownCityInKnownCountryGivesTheCountry() {
        GeoMatch m = G.geocodeSite("Xyzzyville", null, null, "France").orElseThrow();
        assertThat(m.precision()).isEqualTo(Precision.COUNTRY);
        assertThat(m.matchedPlace()).isEqualTo("France");
        assertThat(m.lat()).isBetween(43.0, 50.0);
        assertThat(m.lon()).isBetween(-1.0, 6.0);
        assertThat(G.geocodeSite(null, null, null, "Former Serbia and Montenegro")
                        .orElseThrow()
                        .precision())
                .isEqualTo(Precision.COUNTRY);
    }

    @Test
    void unknownRegionFallsBackToCityInCountry() {
        GeoMatch m = G.geocodeSite("Guangzhou", "Somewhere Odd", null, "China").orElseThrow();
        assertThat(m.precision()).isEqualTo(Precision.CITY);
        assertThat(m.matchedPlace()).isEqualTo("Guangzhou, Guangdong, CN");
    }

    @Test
    void garbageAndNullSitesGiveNothing() {
        assertThat(G.geocodeSite(null, null, null, null)).isEmpty();
        assertThat(G.geocodeSite("", " ", "", "")).isEmpty();
        assertThat(G.geocodeSite("qwxzv", "zzqq", "abc", "Atlantis")).isEmpty();
        assertThat(G.geocodeSite("qwxzv", null, null, null)).isEmpty();
        // No country: the city and state alone still work.
        assertThat(G.geocodeSite("Boston", "MA", null, null).orElseThrow().matchedPlace())
                .isEqualTo("Boston, Massachusetts, US");
    }

    @Test
    void precisionOrderIsFromPreciseToCoarse() {
        assertThat(Precision.values())
                .containsExactly(Precision.POSTAL_CODE, Precision.CITY, Precision.REGION, Precision.COUNTRY);
        assertThat(Precision.CITY.atLeast(Precision.REGION)).isTrue();
        assertThat(Precision.COUNTRY.atLeast(Precision.CITY)).isFalse();
    }

    @Test
    void foldingRules() {
        assertThat(Text.fold("  São-Paulo ")).isEqualTo("sao paulo");
        assertThat(Text.fold("St. Louis")).isEqualTo("saint louis");
        assertThat(Text.fold("Mt Pleasant")).isEqualTo("mount pleasant");
        assertThat(Text.fold("Straße")).isEqualTo("strasse");
        assertThat(Text.fold("Łódź")).isEqualTo("lodz");
        assertThat(Text.fold(null)).isEmpty();
    }

    @Test
    void singletonIsSharedAndThreadSafe() {
        assertThat(Gazetteer.loadDefault()).isSameAs(G);
        ConcurrentHashMap<String, String> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 2000).parallel().forEach(i -> {
            String q = (i % 3 == 0) ? "Springfield" : (i % 3 == 1) ? "Boston, MA" : "02115";
            seen.merge(q, G.lookup(q, 5).toString(), (a, b) -> {
                assertThat(a).isEqualTo(b);
                return a;
            });
        });
        assertThat(seen).hasSize(3);
    }
}
