package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.RecordScan.ageYears;
import static org.trialfinder.search.contract.RecordScan.anyHasWords;
import static org.trialfinder.search.contract.RecordScan.text;
import static org.trialfinder.search.contract.RecordScan.texts;
import static org.trialfinder.search.contract.RecordScan.words;
import static org.trialfinder.search.contract.SampleSearches.idSet;
import static org.trialfinder.search.contract.SampleSearches.index;
import static org.trialfinder.search.contract.SampleSearches.page;
import static org.trialfinder.search.contract.SampleSearches.same;
import static org.trialfinder.search.contract.SampleSearches.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.Facet;

/**
 * Searches over the real sample whose expected answer is derived independently: by a plain scan
 * over the stored records in the test (JSON navigation, no index, no field catalog), compared with
 * every id the search returns when paged to the end and with its total.
 */
public abstract class SearchAgainstScanContract {
    private static final String STATUS = "/protocolSection/statusModule/overallStatus";
    private static final String PHASES = "/protocolSection/designModule/phases";
    private static final String LOCATIONS = "/protocolSection/contactsLocationsModule/locations";
    private static final String INTERVENTIONS = "/protocolSection/armsInterventionsModule/interventions";
    private static final String ARM_GROUPS = "/protocolSection/armsInterventionsModule/armGroups";

    @Test
    void overallStatusFilter() {
        same(
                "RECRUITING",
                Ask.all().statuses("RECRUITING"),
                r -> text(r, STATUS).equals("RECRUITING"));
        same(
                "NOT_YET_RECRUITING|ENROLLING_BY_INVITATION",
                Ask.all().statuses("NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"),
                r -> Set.of("NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION").contains(text(r, STATUS)));
    }

    @Test
    void phaseAreaAndListSize() {
        same(
                "AREA[Phase]PHASE3",
                Ask.advanced("AREA[Phase]PHASE3"),
                r -> texts(r, PHASES, null).contains("PHASE3"));
        same(
                "AREA[Phase:size] 2",
                Ask.advanced("AREA[Phase:size] 2"),
                r -> r.at(PHASES).size() == 2);
    }

    @Test
    void dateRange() {
        same(
                "StartDate in 2020",
                Ask.advanced("AREA[StartDate]RANGE[2020-01-01,2020-12-31]"),
                r -> text(r, "/protocolSection/statusModule/startDateStruct/date")
                        .startsWith("2020"));
        same(
                "LastUpdatePostDate from 2025-06-01",
                Ask.advanced("AREA[LastUpdatePostDate]RANGE[2025-06-01,MAX]"),
                r -> text(r, "/protocolSection/statusModule/lastUpdatePostDateStruct/date")
                                .compareTo("2025-06-01")
                        >= 0);
    }

    @Test
    void numberRangeAndMissing() {
        same("EnrollmentCount 100..200", Ask.advanced("AREA[EnrollmentCount]RANGE[100,200]"), r -> {
            JsonNode c = r.at("/protocolSection/designModule/enrollmentInfo/count");
            return c.isNumber() && c.asLong() >= 100 && c.asLong() <= 200;
        });
        same(
                "MaximumAge missing",
                Ask.advanced("AREA[MaximumAge]MISSING"),
                r -> r.at("/protocolSection/eligibilityModule/maximumAge").isMissingNode());
    }

    @Test
    void ageRangesWithUnits() {
        same("MinimumAge up to 17 years", Ask.advanced("AREA[MinimumAge]RANGE[MIN, 17 years]"), r -> {
            String a = text(r, "/protocolSection/eligibilityModule/minimumAge");
            return !a.isEmpty() && ageYears(a) <= 17;
        });
    }

    @Test
    void aPersonsAgeAdmitsMissingBounds() {
        same("age 70, recruiting", Ask.all().age(70).statuses("RECRUITING"), r -> {
            if (!text(r, STATUS).equals("RECRUITING")) {
                return false;
            }
            String min = text(r, "/protocolSection/eligibilityModule/minimumAge");
            String max = text(r, "/protocolSection/eligibilityModule/maximumAge");
            return (min.isEmpty() || ageYears(min) <= 70) && (max.isEmpty() || ageYears(max) >= 70);
        });
    }

    @Test
    void exactPhraseInTheConditionArea() {
        same(
                "query.cond=EXPANSION[None]\"erectile dysfunction\"",
                Ask.query("query.cond", "EXPANSION[None]\"erectile dysfunction\""),
                r -> anyHasWords(conditionAreaTexts(r), "erectile dysfunction"));
    }

    /** The pieces ConditionSearch reads: conditions, keywords, condition MeSH terms and ancestors, titles. */
    private static List<String> conditionAreaTexts(JsonNode r) {
        List<String> fields = new ArrayList<>();
        fields.addAll(texts(r, "/protocolSection/conditionsModule/conditions", null));
        fields.addAll(texts(r, "/protocolSection/conditionsModule/keywords", null));
        fields.addAll(texts(r, "/derivedSection/conditionBrowseModule/meshes", "term"));
        fields.addAll(texts(r, "/derivedSection/conditionBrowseModule/ancestors", "term"));
        fields.add(text(r, "/protocolSection/identificationModule/briefTitle"));
        fields.add(text(r, "/protocolSection/identificationModule/officialTitle"));
        return fields;
    }

    @Test
    void interventionArea() {
        same("query.intr=EXPANSION[None]tadalafil", Ask.query("query.intr", "EXPANSION[None]tadalafil"), r -> {
            List<String> fields = new ArrayList<>();
            for (JsonNode i : r.at(INTERVENTIONS)) {
                fields.add(i.path("name").asText(""));
                fields.add(i.path("description").asText(""));
                i.path("otherNames").forEach(n -> fields.add(n.asText()));
            }
            for (JsonNode g : r.at(ARM_GROUPS)) {
                fields.add(g.path("label").asText(""));
                fields.add(g.path("description").asText(""));
            }
            fields.addAll(texts(r, "/derivedSection/interventionBrowseModule/meshes", "term"));
            fields.addAll(texts(r, "/derivedSection/interventionBrowseModule/ancestors", "term"));
            fields.addAll(texts(r, "/protocolSection/conditionsModule/keywords", null));
            fields.add(text(r, "/protocolSection/identificationModule/briefTitle"));
            fields.add(text(r, "/protocolSection/identificationModule/officialTitle"));
            return anyHasWords(fields, "tadalafil");
        });
    }

    @Test
    void sponsorAndLeadSponsorAreas() {
        same("query.spons=EXPANSION[None]pfizer", Ask.query("query.spons", "EXPANSION[None]pfizer"), r -> {
            List<String> fields = new ArrayList<>();
            fields.add(text(r, "/protocolSection/sponsorCollaboratorsModule/leadSponsor/name"));
            fields.addAll(texts(r, "/protocolSection/sponsorCollaboratorsModule/collaborators", "name"));
            fields.add(text(r, "/protocolSection/identificationModule/organization/fullName"));
            return anyHasWords(fields, "pfizer");
        });
        same(
                "query.lead=EXPANSION[None]\"eli lilly\"",
                Ask.query("query.lead", "EXPANSION[None]\"eli lilly\""),
                r -> anyHasWords(
                        List.of(text(r, "/protocolSection/sponsorCollaboratorsModule/leadSponsor/name")), "eli lilly"));
    }

    @Test
    void titleArea() {
        same("query.titles=EXPANSION[None]sildenafil", Ask.query("query.titles", "EXPANSION[None]sildenafil"), r -> {
            List<String> fields = new ArrayList<>();
            for (String f : List.of("acronym", "briefTitle", "officialTitle")) {
                fields.add(text(r, "/protocolSection/identificationModule/" + f));
            }
            return anyHasWords(fields, "sildenafil");
        });
    }

    @Test
    void basicSearchLiesBetweenTheTitlesAndTheWholeRecord() {
        // BasicSearch reads ~50 pieces: every study naming the drug in its title, conditions or
        // interventions is found, and nothing is found whose record does not name it anywhere
        Set<String> got = idSet(Ask.query("query.term", "EXPANSION[None]venetoclax"));
        Set<String> surely = scan(r -> {
            List<String> fields = new ArrayList<>();
            fields.add(text(r, "/protocolSection/identificationModule/briefTitle"));
            fields.add(text(r, "/protocolSection/identificationModule/officialTitle"));
            fields.addAll(texts(r, "/protocolSection/conditionsModule/conditions", null));
            fields.addAll(texts(r, INTERVENTIONS, "name"));
            return anyHasWords(fields, "venetoclax");
        });
        Set<String> anywhere = scan(r -> {
            String all = r.toString();
            return all.toLowerCase(Locale.ROOT).contains("venetoclax")
                    && words(all).contains(" venetoclax ");
        });
        assertThat(surely).isNotEmpty();
        assertThat(got).containsAll(surely);
        assertThat(anywhere).containsAll(got);
    }

    @Test
    void idAreaFindsTheOrganizationsOwnId() {
        JsonNode tracer = index().record("NCT06751394");
        String orgStudyId = text(tracer, "/protocolSection/identificationModule/orgStudyIdInfo/id");
        assertThat(orgStudyId).isNotEmpty();
        String phrase = words(orgStudyId).trim();
        same(
                "query.id=EXPANSION[None]\"" + orgStudyId + "\"",
                Ask.query("query.id", "EXPANSION[None]\"" + orgStudyId + "\""),
                r -> {
                    List<String> fields = new ArrayList<>();
                    fields.add(text(r, "/protocolSection/identificationModule/nctId"));
                    fields.addAll(texts(r, "/protocolSection/identificationModule/nctIdAliases", null));
                    fields.add(text(r, "/protocolSection/identificationModule/acronym"));
                    fields.add(text(r, "/protocolSection/identificationModule/orgStudyIdInfo/id"));
                    fields.addAll(texts(r, "/protocolSection/identificationModule/secondaryIdInfos", "id"));
                    return anyHasWords(fields, phrase);
                });
    }

    @Test
    void locationCountryAndSameSiteConditions() {
        same(
                "query.locn=AREA[LocationCountry]Japan",
                Ask.query("query.locn", "AREA[LocationCountry]Japan"),
                r -> texts(r, LOCATIONS, "country").contains("Japan"));
        same(
                "SEARCH[Location](Boston AND Massachusetts)",
                Ask.query(
                        "query.locn",
                        "SEARCH[Location](AREA[LocationCity]Boston AND AREA[LocationState]Massachusetts)"),
                r -> sameSite(r, "boston", "massachusetts"));
    }

    @Test
    void searchLocationAsksForOneSiteWhereAPlainAndTakesAnyTwo() {
        // a trial with a site in Houston and another in Illinois: both words, never on one site
        String plain = "AREA[LocationCity]Houston AND AREA[LocationState]Illinois";
        same("query.locn=" + plain, Ask.query("query.locn", plain), r -> {
            List<JsonNode> sites = new ArrayList<>();
            r.at(LOCATIONS).forEach(sites::add);
            return sites.stream().anyMatch(s -> words(s.path("city").asText("")).contains(" houston "))
                    && sites.stream()
                            .anyMatch(s -> words(s.path("state").asText("")).contains(" illinois "));
        });
        assertThat(scan(r -> sameSite(r, "houston", "illinois"))).isEmpty();
        assertThat(idSet(Ask.query("query.locn", "SEARCH[Location](" + plain + ")")))
                .isEmpty();
    }

    private static boolean sameSite(JsonNode r, String city, String state) {
        for (JsonNode site : r.at(LOCATIONS)) {
            if (words(site.path("city").asText("")).contains(" " + city + " ")
                    && words(site.path("state").asText("")).contains(" " + state + " ")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void booleanOperatorsWithNot() {
        same(
                "INTERVENTIONAL AND NOT (PHASE2 OR PHASE3)",
                Ask.advanced("AREA[StudyType]INTERVENTIONAL AND NOT (AREA[Phase]PHASE2 OR AREA[Phase]PHASE3)"),
                r -> text(r, "/protocolSection/designModule/studyType").equals("INTERVENTIONAL")
                        && !texts(r, PHASES, null).contains("PHASE2")
                        && !texts(r, PHASES, null).contains("PHASE3"));
    }

    @Test
    void websiteFacetFilters() {
        same(
                "status:rec not,phase:2,sex:f",
                Ask.all()
                        .facet(Facet.STATUS, "rec", "not")
                        .facet(Facet.PHASE, "2")
                        .facet(Facet.SEX, "f"),
                r -> Set.of("RECRUITING", "NOT_YET_RECRUITING").contains(text(r, STATUS))
                        && texts(r, PHASES, null).contains("PHASE2")
                        && text(r, "/protocolSection/eligibilityModule/sex").equals("FEMALE"));
        same(
                "results:with,healthy:y",
                Ask.all().facet(Facet.RESULTS, "with").facet(Facet.HEALTHY, "y"),
                r -> r.path("hasResults").asBoolean(false)
                        && r.at("/protocolSection/eligibilityModule/healthyVolunteers")
                                .asBoolean(false));
        same(
                "funderType:industry,intervention:drug",
                Ask.all().facet(Facet.FUNDER_TYPE, "industry").facet(Facet.INTERVENTION_TYPE, "drug"),
                r -> text(r, "/protocolSection/sponsorCollaboratorsModule/leadSponsor/class")
                                .equals("INDUSTRY")
                        && texts(r, INTERVENTIONS, "type").contains("DRUG"));
    }

    @Test
    void idsAndAliases() {
        // NCT00459394 is an alias of NCT00470873 in the sample; NCT09999999 is not stored
        assertThat(texts(index().record("NCT00470873"), "/protocolSection/identificationModule/nctIdAliases", null))
                .contains("NCT00459394");
        assertThat(idSet(Ask.all().ids("NCT06751394", "NCT00459394", "NCT09999999")))
                .containsExactlyInAnyOrder("NCT06751394", "NCT00470873");
    }

    @Test
    void facetCountsMatchTheScan() {
        String query = "EXPANSION[None]\"erectile dysfunction\"";
        Map<String, Map<String, Long>> facets =
                page(Ask.query("query.cond", query).withFacets().pageSize(1)).facets();
        Set<String> matching = idSet(Ask.query("query.cond", query));
        Map<String, Long> byStatus = matching.stream()
                .map(id -> text(index().record(id), STATUS))
                .collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        assertThat(facets.get("status")).isEqualTo(byStatus);
        Map<String, Long> byCountry = new HashMap<>();
        matching.forEach(id -> texts(index().record(id), LOCATIONS, "country").stream()
                .distinct()
                .forEach(c -> byCountry.merge(c, 1L, Long::sum)));
        byCountry.forEach((country, count) ->
                assertThat(facets.get("country").get(country)).as(country).isEqualTo(count));
        Map<String, Long> byPhase = new HashMap<>();
        matching.forEach(id -> texts(index().record(id), PHASES, null).forEach(p -> byPhase.merge(p, 1L, Long::sum)));
        byPhase.forEach((phase, count) ->
                assertThat(facets.get("phase").get(phase)).as(phase).isEqualTo(count));
    }
}
