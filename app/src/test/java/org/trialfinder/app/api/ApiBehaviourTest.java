package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;

/** The API's contract around the searches: errors, formats, self-description, caching, compression. */
class ApiBehaviourTest {
    static SampleServer s;

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
    }

    private static void badRequest(String pathAndQuery, String... mentions) {
        HttpResponse<String> r = s.get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(r.body()).contains(mentions).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badParametersAreNamedWithWhatIsAllowed() {
        badRequest("/api/v2/studies?query.bogus=x", "`query.bogus` is unknown parameter");
        badRequest("/api/v2/studies?filter.phase=PHASE3", "`filter.phase` is unknown parameter");
        badRequest("/api/v2/studies?query.cond=" + SampleServer.enc("(lung AND"), "query.cond", "position");
        badRequest("/api/v2/studies?filter.geo=near(Boston)", "filter.geo", "distance(");
        badRequest("/api/v2/studies?sort=BriefTitle", "cannot be sorted", "LastUpdatePostDate");
        badRequest("/api/v2/studies?sort=StartDate,EnrollmentCount,LastUpdatePostDate", "at most 2");
        badRequest("/api/v2/studies?pageToken=garbage", "pageToken");
        badRequest("/api/v2/studies?fields=NoSuchField", "NoSuchField");
        badRequest("/api/v2/studies?filter.overallStatus=RECRUITNG", "RECRUITNG", "rec");
        badRequest("/api/v2/studies?aggFilters=color:red", "color", "status");
        badRequest("/api/v2/studies?pageSize=ten", "pageSize");
        badRequest("/api/v2/studies?countTotal=maybe", "countTotal");
        badRequest("/api/v2/studies?format=xml", "format");
        badRequest("/api/v2/studies?filter.advanced=" + SampleServer.enc("AREA[BriefTitle]RANGE[1,2]"), "RANGE");
        badRequest("/api/v2/studies/NCT06751394?format=docx", "format");
        badRequest("/api/v2/studies/xyz", "not an NCT number");
        badRequest("/api/v2/studies?markupFormat=legacy", "markupFormat=legacy is not supported");
        badRequest("/api/v2/studies?filter.synonyms=ConditionSearch:1651367", "filter.synonyms");
    }

    @Test
    void hostileInputIsBounded() {
        badRequest("/api/v2/studies?query.term=" + "(".repeat(60) + "a" + ")".repeat(60), "query.term", "deep");
        badRequest("/api/v2/studies?query.term=" + "a%20OR%20".repeat(600) + "a", "query.term", "terms");
        // longer than the server takes in a request line: refused before any work is done
        HttpResponse<String> huge = s.get("/api/v2/studies?query.term=" + "a".repeat(20_000));
        assertThat(huge.statusCode()).isIn(400, 414);
        // found by the load benchmark: synonyms over BasicSearch's ~50 pieces passed Lucene's clause limit (500)
        assertThat(s.get("/api/v2/studies?query.term=herniated%20discs&fields=NCTId")
                        .statusCode())
                .isEqualTo(200);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            many.append("word").append(i).append(' ');
        }
        HttpResponse<String> wide = s.get(
                "/api/v2/studies?query.term=" + SampleServer.enc(many.toString().trim()) + "&fields=NCTId");
        assertThat(wide.statusCode()).as(wide.body()).isIn(200, 400);
        HttpResponse<String> wildcardish =
                s.get("/api/v2/studies?query.term=" + SampleServer.enc("*?*?*?*?*?*?*?*?") + "&fields=NCTId");
        assertThat(wildcardish.statusCode()).isIn(200, 400);
    }

    @Test
    void pageSizeAboveTheMaximumIsCoercedAndZeroMeansTheDefault() {
        assertThat(s.json("/api/v2/studies?pageSize=5000&fields=NCTId")
                        .path("studies")
                        .size())
                .isEqualTo(1000);
        assertThat(s.json("/api/v2/studies?pageSize=0&fields=NCTId")
                        .path("studies")
                        .size())
                .isEqualTo(10);
    }

    @Test
    void fieldsProjectTheStudy() {
        JsonNode study = s.json("/api/v2/studies?filter.ids=NCT06751394&fields=NCTId%7CBriefTitle")
                .path("studies")
                .get(0);
        assertThat(study.toString())
                .isEqualTo("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT06751394\",\"briefTitle\":"
                        + "\"Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal Cancer\"}}}");
    }

    @Test
    void csvListWithPagingHeaders() {
        HttpResponse<String> r =
                s.get("/api/v2/studies?format=csv&filter.overallStatus=RECRUITING&countTotal=true&pageSize=5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(r.headers().firstValue("x-next-page-token")).isPresent();
        long recruiting = s.records.values().stream()
                .filter(x -> x.at("/protocolSection/statusModule/overallStatus")
                        .asText()
                        .equals("RECRUITING"))
                .count();
        assertThat(r.headers().firstValue("x-total-count")).hasValue(Long.toString(recruiting));
        assertThat(r.body()).startsWith("NCT Number,Study Title,Study URL");
    }

    @Test
    void singleStudyFormats() throws Exception {
        HttpResponse<String> fhir = s.get("/api/v2/studies/NCT06751394?format=fhir.json");
        assertThat(fhir.statusCode()).isEqualTo(200);
        JsonNode rs = StudyJson.mapper().readTree(fhir.body());
        assertThat(rs.path("resourceType").asText()).isEqualTo("ResearchStudy");
        assertThat(s.get("/api/v2/studies/NCT06751394?format=ris").body())
                .contains("NCT06751394")
                .contains("ER  -");
        assertThat(s.get("/api/v2/studies/NCT06751394?format=csv").body()).contains("NCT06751394");
        assertThat(s.get("/api/v2/studies/nct6751394").statusCode())
                .as("ids without leading zeros and in lower case")
                .isEqualTo(200);
        HttpResponse<String> alias = s.get("/api/v2/studies/NCT00459394");
        assertThat(alias.statusCode()).isEqualTo(301);
        assertThat(alias.headers().firstValue("Location")).hasValue("/api/v2/studies/NCT00470873");
    }

    @Test
    void selfDescription() {
        JsonNode areas = s.json("/api/v2/studies/search-areas");
        JsonNode cond = null;
        for (JsonNode a : areas.get(0).path("areas")) {
            if (a.path("param").asText().equals("query.cond")) {
                cond = a;
            }
        }
        assertThat(cond).isNotNull();
        assertThat(cond.path("name").asText()).isEqualTo("ConditionSearch");
        assertThat(cond.path("parts").get(0).path("pieces").get(0).asText()).isEqualTo("Condition");
        assertThat(cond.path("parts").get(0).path("weight").asDouble()).isEqualTo(0.95);
        assertThat(s.json("/api/v2/studies/enums").toString())
                .contains("RECRUITING")
                .contains("PHASE2");
        assertThat(s.json("/api/v2/studies/metadata").toString()).contains("\"piece\":\"NCTId\"");
        JsonNode version = s.json("/api/v2/version");
        assertThat(version.path("apiVersion").asText()).isEqualTo("2.0.5");
        assertThat(version.path("dataTimestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void placeLookupAndPlaceSearch() {
        JsonNode gz = s.json("/api/v2/tf/places?place=Guangzhou");
        assertThat(gz.path("places").get(0).path("countryCode").asText()).isEqualTo("CN");
        assertThat(gz.path("places").get(0).path("lat").asDouble()).isBetween(22.9, 23.4);
        JsonNode zip = s.json("/api/v2/tf/places?place=02115");
        assertThat(zip.path("places").get(0).path("lat").asDouble()).isBetween(42.2, 42.5);
        JsonNode springfield = s.json("/api/v2/tf/places?place=Springfield&limit=5");
        assertThat(springfield.path("ambiguous").asBoolean()).isTrue();
        assertThat(springfield.path("places").size()).isGreaterThan(1);
        assertThat(s.json("/api/v2/tf/places?place=Ontario,%20Canada")
                        .path("places")
                        .get(0)
                        .path("countryCode")
                        .asText())
                .isEqualTo("CA");
        badRequest("/api/v2/tf/places", "place is required");
        badRequest("/api/v2/studies?tf.place=Qwxzzyq", "tf.place", "Qwxzzyq");
        badRequest("/api/v2/studies?tf.place=Boston&tf.radius=far", "tf.radius");
        // tf.place=Guangzhou is the same search as filter.geo around Guangzhou's coordinates
        JsonNode place = gz.path("places").get(0);
        String geo = "distance(" + place.path("lat").asDouble() + ","
                + place.path("lon").asDouble() + ",50km)";
        assertThat(s.allIds("tf.place=Guangzhou&tf.radius=50km", 1000))
                .containsExactlyInAnyOrderElementsOf(s.allIds("filter.geo=" + SampleServer.enc(geo), 1000))
                .contains("NCT06751394");
    }

    @Test
    void statisticsAgreeWithAScan() {
        JsonNode size = s.json("/api/v2/stats/size");
        assertThat(size.path("totalStudies").asLong()).isEqualTo(s.records.size());
        long ranged = 0;
        for (JsonNode r : size.path("ranges")) {
            ranged += r.path("studiesCount").asLong();
        }
        assertThat(ranged).isEqualTo(s.records.size());

        JsonNode status = s.json("/api/v2/stats/field/values?fields=OverallStatus")
                .path("fields")
                .get(0);
        Map<String, Long> scan = new HashMap<>();
        s.records
                .values()
                .forEach(r -> scan.merge(
                        r.at("/protocolSection/statusModule/overallStatus").asText(), 1L, Long::sum));
        assertThat(status.path("uniqueValuesCount").asInt()).isEqualTo(scan.size());
        for (JsonNode v : status.path("topValues")) {
            assertThat(v.path("studiesCount").asLong())
                    .as(v.path("value").asText())
                    .isEqualTo(scan.get(v.path("value").asText()));
        }
        JsonNode phases =
                s.json("/api/v2/stats/field/sizes?fields=Phase").path("fields").get(0);
        long twoPhases = s.records.values().stream()
                .filter(r -> r.at("/protocolSection/designModule/phases").size() == 2)
                .count();
        for (JsonNode t : phases.path("topSizes")) {
            if (t.path("size").asInt() == 2) {
                assertThat(t.path("studiesCount").asLong()).isEqualTo(twoPhases);
            }
        }
        badRequest("/api/v2/stats/field/values?fields=Nope", "Nope");
        badRequest("/api/v2/stats/field/sizes?fields=BriefTitle", "not a list field");
    }

    @Test
    void openApiDocumentDescribesTheAdditions() {
        JsonNode doc = s.json("/api/openapi.json");
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").has("/studies")).isTrue();
        assertThat(doc.path("paths").has("/tf/places")).isTrue();
        assertThat(doc.toString()).contains("tf.facets").contains("tf.age").contains("tf.place");
    }

    @Test
    void etagAnd304AndGzip() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(s.base + "/api/v2/studies?query.cond=asthma&fields=NCTId");
        HttpResponse<byte[]> first =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.send(
                HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        URI big = URI.create(s.base + "/api/v2/studies?pageSize=50");
        HttpResponse<byte[]> gz = http.send(
                HttpRequest.newBuilder(big).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
        assertThat(StudyJson.mapper().readTree(plain).path("studies").size()).isEqualTo(50);
        assertThat(gz.body().length).isLessThan(plain.length / 2);
    }
}
