package org.trialfinder.api.studies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.api.JsonAnswers.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.OfficialSchemas;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.lucene.testing.SampleIndex;
import org.w3c.dom.Document;

/**
 * {@code /api/v2/studies} and {@code /api/v2/studies/{nctId}} over a real store and search of the
 * sample, without HTTP: response shapes, formats, redirects and refusals, the expected answers taken
 * from the stored records.
 */
class StudiesApiTest {
    private static SampleIndex sample;
    private static StudiesApi api;

    @BeforeAll
    static void open() {
        sample = SampleIndex.get();
        api = new StudiesApi(sample.store, sample.search, new PlaceResolver(Gazetteer.loadDefault()));
    }

    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            q.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return q;
    }

    private static String body(ApiResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode list(String... namesAndValues) {
        return json(api.list(query(namesAndValues)));
    }

    private static long count(String status) {
        return sample.records.values().stream()
                .filter(r -> r.at("/protocolSection/statusModule/overallStatus")
                        .asText()
                        .equals(status))
                .count();
    }

    @Test
    void wholeStudiesAreWrittenAsStoredOnePerLine() {
        ApiResponse response = api.list(query("query.cond", "cancer", "pageSize", "7", "countTotal", "true"));
        String body = body(response);
        JsonNode page = json(response);
        assertThat(page.path("studies")).hasSize(7);
        String[] lines = body.split("\n");
        assertThat(lines).hasSize(8); // the opening, then one study per line
        assertThat(lines[0]).startsWith("{\"totalCount\":").endsWith("\"studies\":[");
        for (int i = 1; i < lines.length; i++) {
            JsonNode study = page.path("studies").get(i - 1);
            String id = study.at("/protocolSection/identificationModule/nctId").asText();
            String stored = new String(sample.store.get(id).orElseThrow().json(), StandardCharsets.UTF_8);
            String line = i == 1 ? lines[i] : lines[i].substring(1); // "," before all but the first
            assertThat(line).as(id).startsWith(stored);
            if (i > 1) {
                assertThat(lines[i]).startsWith(",");
            }
        }
        assertThat(lines[lines.length - 1]).contains("],\"nextPageToken\":\"");
    }

    @Test
    void aPageHoldsStudiesAndTheTokenOfTheNextOne() {
        JsonNode page = list("filter.overallStatus", "RECRUITING", "pageSize", "5", "countTotal", "true");
        assertThat(page.path("totalCount").asLong()).isEqualTo(count("RECRUITING"));
        assertThat(page.path("studies")).hasSize(5);
        for (JsonNode study : page.path("studies")) {
            String id = study.at("/protocolSection/identificationModule/nctId").asText();
            assertThat(study).as("the study as stored").isEqualTo(sample.record(id));
        }
        assertThat(page.path("nextPageToken").asText()).isNotEmpty();
        assertThat(page.has("tf"))
                .as("Trialfinder's additions only when asked for")
                .isFalse();
        OfficialSchemas.assertConforms(page, "PagedStudies");

        JsonNode next = list(
                "filter.overallStatus",
                "RECRUITING",
                "pageSize",
                "5",
                "pageToken",
                page.path("nextPageToken").asText());
        assertThat(next.has("totalCount")).isFalse();
        assertThat(next.path("studies")).hasSize(5);
        Set<String> ids = new HashSet<>();
        page.path("studies")
                .forEach(s -> ids.add(
                        s.at("/protocolSection/identificationModule/nctId").asText()));
        next.path("studies")
                .forEach(s -> assertThat(ids.add(s.at("/protocolSection/identificationModule/nctId")
                                .asText()))
                        .isTrue());
    }

    @Test
    void theLastPageHasNoToken() {
        JsonNode page = list("filter.ids", "NCT06751394,NCT00470873");
        assertThat(page.path("studies")).hasSize(2);
        assertThat(page.has("nextPageToken")).isFalse();
    }

    @Test
    void pageSizeAboveTheMaximumIsCoercedAndZeroMeansTheDefault() {
        assertThat(sample.records).hasSizeGreaterThan(1000);
        assertThat(list("pageSize", "5000", "fields", "NCTId").path("studies")).hasSize(1000);
        assertThat(list("pageSize", "0", "fields", "NCTId").path("studies")).hasSize(10);
    }

    @Test
    void fieldsProjectTheStudy() {
        JsonNode study = list("filter.ids", "NCT06751394", "fields", "NCTId|BriefTitle")
                .path("studies")
                .get(0);
        JsonNode identification = sample.record("NCT06751394").at("/protocolSection/identificationModule");
        assertThat(study.toString())
                .isEqualTo("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT06751394\",\"briefTitle\":"
                        + identification.path("briefTitle") + "}}}");
        assertThatThrownBy(() -> api.list(query("fields", "NoSuchField")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("NoSuchField");
    }

    @Test
    void csvPagesCarryTheTokenAndTotalInHeaders() {
        ApiResponse r = api.list(
                query("format", "csv", "filter.overallStatus", "RECRUITING", "countTotal", "true", "pageSize", "5"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        assertThat(r.headers()).containsKey("x-next-page-token");
        assertThat(r.headers()).containsEntry("x-total-count", Long.toString(count("RECRUITING")));
        String csv = body(r);
        assertThat(csv).startsWith("NCT Number,Study Title,Study URL");
        assertThat(csv.lines().filter(l -> l.startsWith("NCT")).count())
                .as("the header and five studies")
                .isEqualTo(6);
    }

    @Test
    void facetCountsComeInTheTfObject() {
        JsonNode page =
                list("query.cond", "EXPANSION[None]\"cluster headache\"", "tf.facets", "true", "pageSize", "1000");
        Map<String, Long> byStatus = new HashMap<>();
        page.path("studies")
                .forEach(s -> byStatus.merge(
                        s.at("/protocolSection/statusModule/overallStatus").asText(), 1L, Long::sum));
        assertThat(byStatus).isNotEmpty();
        Map<String, Long> counted = new HashMap<>();
        page.path("tf")
                .path("facets")
                .path("status")
                .properties()
                .forEach(e -> counted.put(e.getKey(), e.getValue().asLong()));
        assertThat(counted).isEqualTo(byStatus);
    }

    @Test
    void aPlainGeoSearchIsAPlainOfficialAnswer() {
        JsonNode page = list("filter.geo", "distance(23.1291,113.2644,50km)", "countTotal", "true", "pageSize", "3");
        assertThat(page.path("studies")).isNotEmpty();
        assertThat(page.has("tf")).as("no tf.* parameter, no tf object").isFalse();
        OfficialSchemas.assertConforms(page, "PagedStudies");
        assertThat(list("tf.place", "Guangzhou", "tf.nearest", "false").has("tf"))
                .as("tf.nearest=false turns the place search's nearest sites off")
                .isFalse();
    }

    @Test
    void tfNearestAddsEachHitsNearestSiteFromTheRecord() {
        JsonNode page = list(
                "filter.geo", "distance(23.1291,113.2644,50km)", "filter.ids", "NCT06751394", "tf.nearest", "true");
        assertNearestSiteInGuangzhou(page);
        assertThat(OfficialSchemas.errors(page, "PagedStudies"))
                .as("the tf object lies outside the spec, hence only on request")
                .isNotEmpty();
        // a place search is Trialfinder's own: it gives the nearest sites without being asked
        assertNearestSiteInGuangzhou(list("tf.place", "Guangzhou", "filter.ids", "NCT06751394"));
    }

    private static void assertNearestSiteInGuangzhou(JsonNode page) {
        JsonNode hit = page.path("tf").path("hits").get(0);
        assertThat(hit.path("nctId").asText()).isEqualTo("NCT06751394");
        JsonNode nearest = hit.path("nearestSite");
        JsonNode site = sample.record("NCT06751394")
                .at("/protocolSection/contactsLocationsModule/locations")
                .get(nearest.path("locationIndex").asInt());
        assertThat(nearest.path("facility").asText())
                .isEqualTo(site.path("facility").asText());
        assertThat(nearest.path("city").asText()).isEqualTo("Guangzhou");
        assertThat(nearest.path("distanceMi").asDouble())
                .isCloseTo(nearest.path("distanceKm").asDouble() / 1.609344, Offset.offset(0.1));
        assertThat(nearest.has("recruiting")).isTrue();
    }

    @Test
    void tfNearestNeedsADistanceAndABoolean() {
        assertThatThrownBy(() -> api.list(query("query.cond", "cancer", "tf.nearest", "true")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("tf.nearest")
                .hasMessageContaining("filter.geo");
        assertThatThrownBy(() -> api.list(query("filter.geo", "distance(23.1,113.2,50km)", "tf.nearest", "maybe")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("tf.nearest must be true or false");
    }

    @Test
    void searchRefusalsBecomeBadRequests() {
        assertThatThrownBy(() -> api.list(query("filter.advanced", "AREA[BriefTitle]RANGE[1,2]")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("RANGE");
        assertThatThrownBy(() -> api.list(query("pageToken", "garbage")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("pageToken");
        assertThatThrownBy(() -> api.list(query("aggFilters", "color:red")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("color");
    }

    @Test
    void oneStudyAsStored() {
        ApiResponse r = api.fetch("NCT06751394", Map.of());
        assertThat(json(r)).isEqualTo(sample.record("NCT06751394"));
        assertThat(json(api.fetch("nct6751394", Map.of())))
                .as("ids without leading zeros and in lower case")
                .isEqualTo(sample.record("NCT06751394"));
        assertThat(json(api.fetch("NCT06751394", query("fields", "NCTId"))).toString())
                .isEqualTo("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT06751394\"}}}");
    }

    /** The pieces ClinicalTrials.gov's /studies/search-areas lists for ConditionSearch. */
    private static final String CONDITION_SEARCH_PIECES =
            "Condition|BriefTitle|OfficialTitle|ConditionMeshTerm|ConditionAncestorTerm|Keyword|NCTId";

    @Test
    void anAreaNameInFieldsStandsForThePiecesItSearches() {
        JsonNode byArea = json(api.fetch("NCT06751394", query("fields", "ConditionSearch")));
        assertThat(byArea).isEqualTo(json(api.fetch("NCT06751394", query("fields", CONDITION_SEARCH_PIECES))));
        JsonNode record = sample.record("NCT06751394");
        assertThat(byArea.at("/protocolSection/conditionsModule/conditions"))
                .isEqualTo(record.at("/protocolSection/conditionsModule/conditions"));
        assertThat(byArea.at("/protocolSection/identificationModule/briefTitle"))
                .isEqualTo(record.at("/protocolSection/identificationModule/briefTitle"));
        assertThat(byArea.at("/protocolSection/statusModule").isMissingNode()).isTrue();
        assertThat(list("filter.ids", "NCT06751394", "fields", "conditionsearch|OverallStatus")
                        .path("studies")
                        .get(0))
                .as("case-insensitive, mixed with pieces, on /studies too")
                .isEqualTo(list("filter.ids", "NCT06751394", "fields", CONDITION_SEARCH_PIECES + "|OverallStatus")
                        .path("studies")
                        .get(0));
    }

    @Test
    void atQueryInFieldsStandsForThePiecesTheQuerySearched() {
        JsonNode byQuery = list("query.cond", "cancer", "query.intr", "drug", "fields", "@query", "pageSize", "50");
        JsonNode byPieces = list(
                "query.cond",
                "cancer",
                "query.intr",
                "drug",
                "fields",
                "ConditionSearch|InterventionSearch",
                "pageSize",
                "50");
        assertThat(byQuery.path("studies")).isNotEmpty();
        assertThat(byQuery).isEqualTo(byPieces);
        assertThatThrownBy(() -> api.list(query("fields", "@query")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("query.*");
        assertThatThrownBy(() -> api.fetch("NCT06751394", query("fields", "@query")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("@query");
        assertThatThrownBy(() -> api.fetch("NCT06751394", query("fields", "NoSuchSearch")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("NoSuchSearch");
    }

    @Test
    void jsonZipIsTheStudysJsonAsOneFileInAZip() throws IOException {
        ApiResponse r = api.fetch("NCT06751394", query("format", "json.zip"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/zip");
        Map<String, byte[]> entries = unzip(r.body());
        assertThat(entries).containsOnlyKeys("NCT06751394.json");
        assertThat(entries.get("NCT06751394.json"))
                .as("the stored JSON, byte for byte")
                .isEqualTo(sample.store.get("NCT06751394").orElseThrow().json());
        Map<String, byte[]> projected = unzip(api.fetch("NCT06751394", query("format", "JSON.ZIP", "fields", "NCTId"))
                .body());
        assertThat(new String(projected.get("NCT06751394.json"), StandardCharsets.UTF_8))
                .isEqualTo("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT06751394\"}}}");
        assertThat(api.fetch("NCT99999999", query("format", "json.zip")).status())
                .isEqualTo(404);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void oneStudyInEachFormat() throws IOException {
        ApiResponse fhir = api.fetch("NCT06751394", query("format", "fhir.json"));
        assertThat(fhir.status()).isEqualTo(200);
        assertThat(StudyJson.mapper().readTree(fhir.body()).path("resourceType").asText())
                .isEqualTo("ResearchStudy");
        ApiResponse ris = api.fetch("NCT06751394", query("format", "ris"));
        assertThat(body(ris)).contains("NCT06751394").contains("ER  -");
        ApiResponse csv = api.fetch("NCT06751394", query("format", "csv"));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(body(csv)).startsWith("NCT Number,").contains("NCT06751394");
        assertThatThrownBy(() -> api.fetch("NCT06751394", query("format", "docx")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("format");
        assertThatThrownBy(() -> api.fetch("NCT06751394", query("format", "fhir.json", "fields", "NCTId")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("fields");
    }

    @Test
    void anAliasRedirectsToTheCurrentStudy() {
        // NCT00470873 lists NCT00459394 among its nctIdAliases
        assertThat(sample.record("NCT00470873")
                        .at("/protocolSection/identificationModule/nctIdAliases")
                        .toString())
                .contains("NCT00459394");
        ApiResponse r = api.fetch("NCT00459394", Map.of());
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.headers()).containsEntry("Location", "/api/v2/studies/NCT00470873");
        assertThat(api.fetch("NCT00459394", query("format", "csv")).headers())
                .containsEntry("Location", "/api/v2/studies/NCT00470873?format=csv");
    }

    @Test
    void unknownStudiesAndBadIds() {
        assertThat(sample.records).doesNotContainKey("NCT09999999");
        ApiResponse missing = api.fetch("NCT09999999", Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(body(missing)).contains("NCT09999999");
        assertThatThrownBy(() -> api.fetch("xyz", Map.of()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("xyz");
        assertThatThrownBy(() -> api.fetch("NCT06751394", query("pageSize", "5")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("`pageSize` is unknown parameter");
        assertThatThrownBy(() -> api.fetch("NCT06751394", query("markupFormat", "html")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContainingAll("markupFormat", "html");
    }

    /**
     * NCT00498680 is in the sample in both forms: its v2 record (markdown with escapes such as
     * {@code \\&}, {@code \\>}, {@code \\*}, bullets and numbered items) and its legacy XML, whose
     * textblocks are the expected words.
     */
    @Test
    void legacyMarkupAnswersTheClassicPlainTextOfEveryMarkupField() throws Exception {
        String id = "NCT00498680";
        List<String> criteria = legacyTextblock(id, "eligibility/criteria/textblock");
        List<String> description = legacyTextblock(id, "detailed_description/textblock");
        List<String> summary = legacyTextblock(id, "brief_summary/textblock");
        String storedCriteria = sample.record(id)
                .at("/protocolSection/eligibilityModule/eligibilityCriteria")
                .asText();
        assertThat(storedCriteria).as("markdown as stored").contains("* Age ranging", "\\>");

        JsonNode listed =
                list("filter.ids", id, "markupFormat", "legacy").path("studies").get(0);
        assertThat(words(listed.at("/protocolSection/eligibilityModule/eligibilityCriteria")))
                .isEqualTo(criteria);
        assertThat(words(listed.at("/protocolSection/descriptionModule/detailedDescription")))
                .isEqualTo(description);
        assertThat(words(listed.at("/protocolSection/descriptionModule/briefSummary")))
                .isEqualTo(summary);
        assertThat(listed.at("/protocolSection/eligibilityModule/eligibilityCriteria")
                        .asText())
                .contains("\n\n  -  Age ranging between 35-65 years old\n\n")
                .contains("(Alanine aminotransferase)>2x")
                .doesNotContain("\\", "* Age");
        assertThat(listed.at("/protocolSection/armsInterventionsModule/interventions/3/description")
                        .asText())
                .as("an intervention description is markup too: the legacy XML has \"50mg &amp; 10 mg\"")
                .isEqualTo("50mg & 10 mg");
        assertThat(withoutTexts(listed))
                .as("everything but the markup texts as stored")
                .isEqualTo(withoutTexts(sample.record(id)));
        OfficialSchemas.assertConforms(list("filter.ids", id, "markupFormat", "legacy"), "PagedStudies");

        JsonNode projected = list("filter.ids", id, "markupFormat", "legacy", "fields", "NCTId|EligibilityCriteria")
                .path("studies")
                .get(0);
        assertThat(words(projected.at("/protocolSection/eligibilityModule/eligibilityCriteria")))
                .isEqualTo(criteria);
        assertThat(projected.path("protocolSection").size()).isEqualTo(2);

        JsonNode fetched = json(api.fetch(id, query("markupFormat", "legacy")));
        assertThat(fetched).isEqualTo(listed);
        assertThat(json(api.fetch(id, query("markupFormat", "markdown")))).isEqualTo(sample.record(id));
        assertThat(json(api.fetch(id, query("markupFormat", "legacy", "fields", "EligibilityCriteria"))))
                .isEqualTo(projectedCriteria(listed));
    }

    @Test
    void legacyMarkupShapesTheCsvTextsToo() {
        String id = "NCT00498680";
        String markdownSummary = sample.record(id)
                .at("/protocolSection/descriptionModule/briefSummary")
                .asText();
        assertThat(markdownSummary).contains("Viagra®50mg \\& Levitra®10mg");
        String page = body(api.list(query("filter.ids", id, "format", "csv", "markupFormat", "legacy")));
        assertThat(page).contains("Viagra®50mg & Levitra®10mg").doesNotContain("\\&");
        String one = body(api.fetch(id, query("format", "csv", "markupFormat", "legacy")));
        assertThat(one).isEqualTo(page);
        assertThat(body(api.fetch(id, query("format", "csv")))).contains("Viagra®50mg \\& Levitra®10mg");
    }

    @Test
    void anAliasRedirectKeepsTheMarkupFormat() {
        assertThat(api.fetch("NCT00459394", query("format", "json", "markupFormat", "legacy"))
                        .headers())
                .containsEntry("Location", "/api/v2/studies/NCT00470873?format=json&markupFormat=legacy");
    }

    /** A copy of the study without its markup texts (summary, description, criteria, intervention descriptions). */
    private static JsonNode withoutTexts(JsonNode study) {
        ObjectNode copy = study.deepCopy();
        for (JsonNode intervention : copy.at("/protocolSection/armsInterventionsModule/interventions")) {
            ((ObjectNode) intervention).remove("description");
        }
        ((ObjectNode) copy.at("/protocolSection/descriptionModule"))
                .remove(List.of("briefSummary", "detailedDescription"));
        ((ObjectNode) copy.at("/protocolSection/eligibilityModule")).remove("eligibilityCriteria");
        return copy;
    }

    private static JsonNode projectedCriteria(JsonNode study) {
        return StudyJson.mapper()
                .createObjectNode()
                .set(
                        "protocolSection",
                        StudyJson.mapper()
                                .createObjectNode()
                                .set(
                                        "eligibilityModule",
                                        StudyJson.mapper()
                                                .createObjectNode()
                                                .set(
                                                        "eligibilityCriteria",
                                                        study.at(
                                                                "/protocolSection/eligibilityModule/eligibilityCriteria"))));
    }

    /** Whitespace-separated words: the legacy XML re-wraps and indents its textblocks. */
    private static List<String> words(JsonNode text) {
        assertThat(text.isTextual()).as("a text").isTrue();
        return List.of(text.asText().strip().split("\\s+"));
    }

    /** A textblock of the study's legacy XML in the sample ({@code sample/ctgov-legacy-sample.zip}), as words. */
    private static List<String> legacyTextblock(String nctId, String path) throws Exception {
        try (ZipFile zip = new ZipFile(
                SampleIndex.sampleDir().resolve("ctgov-legacy-sample.zip").toFile())) {
            ZipEntry entry = zip.stream()
                    .filter(e -> e.getName().endsWith("/" + nctId + ".xml"))
                    .findFirst()
                    .orElseThrow();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml;
            try (InputStream in = zip.getInputStream(entry)) {
                xml = f.newDocumentBuilder().parse(in);
            }
            String text = XPathFactory.newInstance().newXPath().evaluate("/clinical_study/" + path, xml);
            return List.of(text.strip().split("\\s+"));
        }
    }
}
