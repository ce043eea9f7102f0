package org.trialfinder.api.studies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.OfficialSpec;
import org.trialfinder.api.format.MarkupFormat;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.search.Facet;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.SortKey;

/**
 * {@code GET /api/v2/studies} parameters read into a search request, as ClinicalTrials.gov's
 * specification describes them ({@link OfficialSpec}): names, list separators, defaults, bounds.
 */
class ListStudiesParamsTest {
    /** A query string as the server hands it over: each name once, its value decoded. */
    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            q.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return q;
    }

    private static ListStudiesParams parse(String... namesAndValues) {
        return ListStudiesParams.parse(query(namesAndValues));
    }

    private static SearchRequest request(String... namesAndValues) {
        return parse(namesAndValues).request();
    }

    private static void refused(String[] namesAndValues, String... mentions) {
        assertThatThrownBy(() -> parse(namesAndValues))
                .as(String.join(" ", namesAndValues))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContainingAll(mentions);
    }

    private static String[] q(String... namesAndValues) {
        return namesAndValues;
    }

    @Test
    void everyParameterOfTheSpecificationIsKnown() {
        List<String> official = OfficialSpec.parameters("/studies");
        assertThat(official).contains("query.cond", "filter.advanced", "pageToken");
        for (String name : official) {
            Throwable t = catchThrowable(() -> parse(name, ""));
            if (t != null) {
                assertThat(t.getMessage()).as(name).doesNotContain("unknown parameter");
            }
        }
    }

    @Test
    void anUnknownParameterIsRefusedByName() {
        refused(q("query.bogus", "x"), "`query.bogus` is unknown parameter");
        refused(q("filter.phase", "PHASE3"), "`filter.phase` is unknown parameter");
        refused(q("query.cond", "asthma", "Query.Cond", "asthma"), "`Query.Cond` is unknown parameter");
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertThatThrownBy(() -> ListStudiesParams.parse(Map.of("pageSize", List.of("5", "6"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("pageSize");
    }

    @Test
    void everyQueryAreaOfTheSpecificationSearchesItsArea() {
        List<String> areas = OfficialSpec.parameters("/studies").stream()
                .filter(p -> p.startsWith("query."))
                .toList();
        assertThat(areas).hasSize(10);
        for (String param : areas) {
            SearchRequest r = request(param, "heart attack");
            assertThat(r.queries()).as(param).hasSize(1);
            assertThat(r.queries().get(0).area().param()).isEqualTo(param);
            assertThat(r.queries().get(0).text()).isEqualTo("heart attack");
        }
        assertThat(request("query.cond", "  ").queries())
                .as("a blank query asks nothing")
                .isEmpty();
        refused(q("query.cond", "(lung AND"), "query.cond", "position");
        // the parser's bounds (tested in search), named with the parameter
        refused(q("query.term", "(".repeat(60) + "a" + ")".repeat(60)), "query.term", "deep");
        refused(q("query.term", "a OR ".repeat(600) + "a"), "query.term", "terms");
    }

    @Test
    void statusesAreListsByCommaOrPipeOfTheSpecificationsValues() {
        List<String> statuses = OfficialSpec.enums().get("Status");
        assertThat(request("filter.overallStatus", String.join("|", statuses)).statuses())
                .containsExactlyInAnyOrderElementsOf(statuses);
        assertThat(request("filter.overallStatus", "recruiting, NOT_YET_RECRUITING")
                        .statuses())
                .containsExactlyInAnyOrder("RECRUITING", "NOT_YET_RECRUITING");
        // filter and postFilter: both apply
        assertThat(request("filter.overallStatus", "RECRUITING|COMPLETED", "postFilter.overallStatus", "COMPLETED")
                        .statuses())
                .containsExactly("COMPLETED");
        assertThat(request("filter.overallStatus", "RECRUITING", "postFilter.overallStatus", "COMPLETED")
                        .statuses())
                .as("lists excluding each other match nothing")
                .doesNotContain("RECRUITING", "COMPLETED")
                .isNotEmpty();
        refused(q("filter.overallStatus", "RECRUITNG"), "RECRUITNG", "rec");
    }

    @Test
    void geoIsADistanceFromAPointInMilesOrKilometres() {
        GeoFilter g = request("filter.geo", "distance(39.0035707,-77.1013313,50mi)")
                .geo()
                .get(0);
        assertThat(g.lat()).isEqualTo(39.0035707);
        assertThat(g.lon()).isEqualTo(-77.1013313);
        assertThat(g.radiusKm()).isCloseTo(50 * 1.609344, Offset.offset(1e-9));
        assertThat(request("filter.geo", "distance(23.1,113.2,50km)", "postFilter.geo", "distance(23.1,113.2,5km)")
                        .geo())
                .extracting(GeoFilter::radiusKm)
                .containsExactly(50.0, 5.0);
        refused(q("filter.geo", "near(Boston)"), "filter.geo", "distance(");
        refused(q("filter.geo", "distance(95,0,5km)"), "latitude");
    }

    @Test
    void idsAreNormalisedNctNumbers() {
        assertThat(request("filter.ids", "NCT06751394,nct6751394|NCT00459394").ids())
                .containsExactlyInAnyOrder("NCT06751394", "NCT00459394");
        refused(q("filter.ids", "NCT06751394,xyz"), "filter.ids", "xyz");
        refused(q("postFilter.ids", "NCT123456789"), "postFilter.ids", "NCT123456789");
    }

    @Test
    void aQueryOfNctIdsOnlyIgnoresTheFilters() {
        SearchRequest r = request(
                "query.term",
                "NCT06751394 NCT00470873",
                "filter.overallStatus",
                "RECRUITING",
                "filter.advanced",
                "AREA[Phase]PHASE3",
                "aggFilters",
                "sex:f");
        assertThat(r.queries()).hasSize(1);
        assertThat(r.statuses()).isEmpty();
        assertThat(r.advanced()).isEmpty();
        assertThat(r.facets()).isEmpty();
    }

    @Test
    void advancedFiltersAreEssieExpressions() {
        assertThat(request(
                                "filter.advanced",
                                "AREA[Phase]PHASE3",
                                "postFilter.advanced",
                                "AREA[StudyType]INTERVENTIONAL")
                        .advanced())
                .hasSize(2);
        refused(q("filter.advanced", "AREA[Phase](PHASE3"), "filter.advanced");
    }

    @Test
    void synonymIdsAreRefusedWithTheAlternative() {
        refused(
                q("filter.synonyms", "ConditionSearch:1651367"),
                "filter.synonyms",
                "internal synonym ids",
                "no public data",
                "EXPANSION[None]");
        refused(q("postFilter.synonyms", "ConditionSearch:1651367"), "postFilter.synonyms");
    }

    @Test
    void aggFiltersAreTheWebsitesFacetsAndOptions() {
        List<Facet.Selection> f =
                request("aggFilters", "status:rec not,phase:2 3,sex:f").facets();
        assertThat(f)
                .containsExactly(
                        new Facet.Selection(Facet.STATUS, List.of("RECRUITING", "NOT_YET_RECRUITING")),
                        new Facet.Selection(Facet.PHASE, List.of("PHASE2", "PHASE3")),
                        new Facet.Selection(Facet.SEX, List.of("FEMALE")));
        refused(q("aggFilters", "color:red"), "color", "status");
        refused(q("aggFilters", "status:maybe"), "maybe", "rec");
        refused(q("aggFilters", "status"), "status:rec not");
    }

    @Test
    void geoDecayIsParsed() {
        assertThat(request("geoDecay", "func:linear,scale:100mi,offset:10mi,decay:0.5")
                        .geoDecay())
                .isPresent();
        assertThat(request().geoDecay()).isEmpty();
    }

    @Test
    void fieldsAreAListOfAtLeastOne() {
        assertThat(parse("fields", "NCTId|BriefTitle,OverallStatus").fields())
                .hasValue(List.of("NCTId", "BriefTitle", "OverallStatus"));
        assertThat(parse().fields()).isEmpty();
        refused(q("fields", " , "), "fields");
    }

    @Test
    void sortTakesTwoDateOrNumberPiecesWithTheSpecificationsDefaultDirections() {
        // the specification: date fields desc, numeric fields asc, @relevance desc
        assertThat(request("sort", "StartDate,EnrollmentCount").sort())
                .containsExactly(new SortKey("StartDate", true), new SortKey("EnrollmentCount", false));
        assertThat(request("sort", "@relevance").sort()).containsExactly(new SortKey("@relevance", true));
        assertThat(request("sort", "lastupdatepostdate:asc|@distance").sort())
                .containsExactly(new SortKey("LastUpdatePostDate", false), new SortKey("@distance", false));
        assertThat(request("sort", "EnrollmentCount:desc|NumArmGroups").sort())
                .as("the spec's own example")
                .containsExactly(new SortKey("EnrollmentCount", true), new SortKey("NumArmGroups", false));
        assertThat(request("sort", "StudyFirstSubmitQCDate|protocolSection.designModule.enrollmentInfo.count")
                        .sort())
                .as("any date or number piece, by piece or path")
                .containsExactly(new SortKey("StudyFirstSubmitQCDate", true), new SortKey("EnrollmentCount", false));
        refused(q("sort", "BriefTitle"), "cannot be sorted", "LastUpdatePostDate");
        refused(q("sort", "OverallStatus"), "cannot be sorted");
        refused(q("sort", "StartDate,EnrollmentCount,LastUpdatePostDate"), "at most 2");
        refused(q("sort", "StartDate:up"), "asc or desc");
    }

    @Test
    void pageSizeHasTheSpecificationsDefaultAndCeiling() {
        assertThat(request().pageSize()).isEqualTo(10);
        assertThat(request("pageSize", "0").pageSize())
                .as("0 means the default")
                .isEqualTo(10);
        assertThat(request("pageSize", "1").pageSize()).isEqualTo(1);
        assertThat(request("pageSize", "1000").pageSize()).isEqualTo(1000);
        assertThat(request("pageSize", "5000").pageSize())
                .as("coerced down to 1,000")
                .isEqualTo(1000);
        refused(q("pageSize", "-1"), "pageSize");
        refused(q("pageSize", "ten"), "pageSize");
    }

    @Test
    void countTotalAndFacetsAreBooleans() {
        assertThat(request().countTotal()).isFalse();
        assertThat(request("countTotal", "true").countTotal()).isTrue();
        assertThat(request("countTotal", "FALSE").countTotal()).isFalse();
        assertThat(request("tf.facets", "true").withFacets()).isTrue();
        refused(q("countTotal", "maybe"), "countTotal");
    }

    @Test
    void pageTokenIsPassedOnAsGiven() {
        assertThat(request("pageToken", "abc-123").pageToken()).hasValue("abc-123");
        assertThat(request("pageToken", "").pageToken()).isEmpty();
    }

    @Test
    void formatIsJsonOrCsvAndMarkupIsMarkdownOrLegacy() {
        assertThat(parse().format()).isEqualTo("json");
        assertThat(parse("format", "CSV").format()).isEqualTo("csv");
        refused(q("format", "xml"), "format", "xml");
        assertThat(parse().markupFormat()).isEqualTo(MarkupFormat.MARKDOWN);
        assertThat(parse("markupFormat", "markdown").markupFormat()).isEqualTo(MarkupFormat.MARKDOWN);
        assertThat(parse("markupFormat", "legacy").markupFormat()).isEqualTo(MarkupFormat.LEGACY);
        assertThat(parse("markupFormat", "legacy", "format", "csv").markupFormat())
                .isEqualTo(MarkupFormat.LEGACY);
        refused(q("markupFormat", "html"), "markupFormat", "\"html\"", "markdown", "legacy");
        refused(q("markupFormat", ""), "markupFormat");
    }

    @Test
    void aPersonsAgeIsInYears() {
        assertThat(request("tf.age", "58").personAge()).hasValue(58);
        assertThat(request("tf.age", "0.5").personAge()).hasValue(0.5);
        refused(q("tf.age", "old"), "tf.age");
        refused(q("tf.age", "200"), "tf.age");
    }

    @Test
    void aPlaceIsADistanceAroundItsCoordinates() {
        // Guangzhou's centre is at about 23.13 N, 113.26 E (GeoNames); the gazetteer must read it so
        PlaceResolver places = new PlaceResolver(Gazetteer.loadDefault());
        SearchRequest r = ListStudiesParams.parse(query("tf.place", "Guangzhou", "tf.radius", "20mi"), places)
                .request();
        assertThat(r.geo()).hasSize(1);
        assertThat(r.geo().get(0).lat()).isCloseTo(23.13, Offset.offset(0.1));
        assertThat(r.geo().get(0).lon()).isCloseTo(113.26, Offset.offset(0.1));
        assertThat(r.geo().get(0).radiusKm()).isCloseTo(20 * 1.609344, Offset.offset(1e-9));
        assertThat(ListStudiesParams.parse(query("tf.place", "23.13, 113.26"), places)
                        .request()
                        .geo()
                        .get(0)
                        .radiusKm())
                .as("50 km unless said")
                .isEqualTo(50.0);
        refused(q("tf.place", "Qwxzzyq"), "tf.place", "Qwxzzyq");
        refused(q("tf.radius", "5km"), "tf.radius", "tf.place");
    }
}
