package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;

/**
 * What only HTTP shows of the API: status codes, content types and headers, parameters as they
 * travel in the URL, routes, caching and compression. What the API classes answer is tested in
 * {@code api} (ListStudiesParamsTest, StudiesApiTest, MetaApiTest, StatsApiTest) and the searches
 * in {@code store-lucene} (SearchAgainstScanTest and others), without a server.
 */
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
    void refusalsAreBadRequestsInPlainText() {
        // what each refusal says is tested with the API classes (api); here: how it travels
        badRequest("/api/v2/studies?query.bogus=x", "`query.bogus` is unknown parameter");
        badRequest("/api/v2/studies?filter.advanced=" + SampleServer.enc("AREA[BriefTitle]RANGE[1,2]"), "RANGE");
        badRequest("/api/v2/studies?pageToken=garbage", "pageToken");
        badRequest("/api/v2/studies/NCT06751394?format=docx", "format");
        badRequest("/api/v2/studies/xyz", "xyz");
        badRequest("/api/v2/stats/field/values?fields=Nope", "Nope");
        badRequest("/api/v2/version?x=1", "`x` is unknown parameter");
    }

    @Test
    void hostileInputIsBounded() {
        badRequest("/api/v2/studies?query.term=" + "(".repeat(60) + "a" + ")".repeat(60), "query.term", "deep");
        // longer than the server takes in a request line: refused before any work is done
        HttpResponse<String> huge = s.get("/api/v2/studies?query.term=" + "a".repeat(20_000));
        assertThat(huge.statusCode()).isIn(400, 414);
    }

    @Test
    void encodedParametersOnTheWireReachTheSearch() {
        // a pipe sent as %7C, an Essie expression URL-encoded, the total in the JSON
        long want = s.records.values().stream()
                .filter(r -> Set.of("NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION")
                        .contains(r.at("/protocolSection/statusModule/overallStatus")
                                .asText()))
                .filter(r ->
                        r.at("/protocolSection/designModule/studyType").asText().equals("INTERVENTIONAL"))
                .count();
        assertThat(want).isPositive();
        JsonNode page = s.json("/api/v2/studies?filter.overallStatus=NOT_YET_RECRUITING%7CENROLLING_BY_INVITATION"
                + "&filter.advanced=" + SampleServer.enc("AREA[StudyType]INTERVENTIONAL")
                + "&countTotal=true&pageSize=1&fields=NCTId");
        assertThat(page.path("totalCount").asLong()).isEqualTo(want);
    }

    @Test
    void pageTokensTravelInTheUrl() {
        long total = s.json("/api/v2/studies?query.term=cancer&countTotal=true&pageSize=1&fields=NCTId")
                .path("totalCount")
                .asLong();
        assertThat(total).isGreaterThan(100);
        assertThat(s.allIds("query.term=cancer", 40)).hasSize((int) total).doesNotHaveDuplicates();
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
    void singleStudyFormatsAndTheAliasRedirect() throws Exception {
        HttpResponse<String> fhir = s.get("/api/v2/studies/NCT06751394?format=fhir.json");
        assertThat(fhir.statusCode()).isEqualTo(200);
        assertThat(fhir.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/fhir+json"));
        assertThat(StudyJson.mapper().readTree(fhir.body()).path("resourceType").asText())
                .isEqualTo("ResearchStudy");
        HttpResponse<String> ris = s.get("/api/v2/studies/NCT06751394?format=ris");
        assertThat(ris.statusCode()).isEqualTo(200);
        assertThat(ris.body()).contains("ER  -");
        assertThat(s.get("/api/v2/studies/NCT06751394?format=csv").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        HttpResponse<String> alias = s.get("/api/v2/studies/NCT00459394");
        assertThat(alias.statusCode()).isEqualTo(301);
        assertThat(alias.headers().firstValue("Location")).hasValue("/api/v2/studies/NCT00470873");
        assertThat(s.get("/api/v2/studies/NCT09999999").statusCode()).isEqualTo(404);
    }

    @Test
    void selfDescriptionAndStatisticsAreRouted() {
        for (String path : List.of(
                "/api/v2/version",
                "/api/v2/studies/metadata",
                "/api/v2/studies/search-areas",
                "/api/v2/studies/enums",
                "/api/v2/stats/size",
                "/api/v2/stats/field/values?fields=OverallStatus",
                "/api/v2/stats/field/sizes?fields=Phase")) {
            HttpResponse<String> r = s.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        }
        assertThat(s.json("/api/v2/stats/size").path("totalStudies").asLong()).isEqualTo(s.records.size());
        // the spec's bare arrays, as an official client parses them (their items: StatsApiTest in api)
        assertThat(s.json("/api/v2/stats/field/values?fields=OverallStatus").isArray())
                .isTrue();
        assertThat(s.json("/api/v2/stats/field/sizes?fields=Phase").isArray()).isTrue();
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
        // the official parameter gets the official answer; the nearest sites come with tf.nearest=true
        String geoQuery = "/api/v2/studies?filter.geo=" + SampleServer.enc(geo) + "&fields=NCTId";
        assertThat(s.json(geoQuery).has("tf")).isFalse();
        assertThat(s.json(geoQuery + "&tf.nearest=true")
                        .path("tf")
                        .path("hits")
                        .get(0)
                        .has("nearestSite"))
                .isTrue();
        badRequest("/api/v2/studies?query.cond=cancer&tf.nearest=true", "tf.nearest", "filter.geo");
    }

    @Test
    void openApiDocumentDescribesTheAdditions() {
        JsonNode doc = s.json("/api/openapi.json");
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").has("/studies")).isTrue();
        assertThat(doc.path("paths").has("/tf/places")).isTrue();
        assertThat(doc.toString())
                .contains("tf.facets")
                .contains("tf.age")
                .contains("tf.place")
                .contains("tf.nearest");
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
