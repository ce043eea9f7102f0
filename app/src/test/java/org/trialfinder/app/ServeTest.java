package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.model.StudyJson;

/**
 * {@code trialfinder serve} on a fresh data folder, as a new user starts it: it loads the bundled
 * real sample, prints its URL, and the home page and study API answer over real HTTP.
 */
class ServeTest {
    @TempDir
    static Path tmp;

    static AppProcess server;
    static String baseUrl;
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        server = AppProcess.start(
                tmp,
                Map.of(),
                "serve",
                "--port",
                "0",
                "--data",
                tmp.resolve("data").toString());
        String line = server.awaitOutput(l -> l.startsWith("Trialfinder is running at "), 240);
        Matcher m = Pattern.compile("(http://localhost:\\d+/)").matcher(line);
        assertThat(m.find()).isTrue();
        baseUrl = m.group(1);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void firstStartLoadsTheBundledSampleAndSaysSo() {
        assertThat(server.output())
                .anySatisfy(l -> assertThat(l).contains("loading the bundled ClinicalTrials.gov sample"));
        assertThat(server.output()).anySatisfy(l -> assertThat(l).contains("rejected:  0"));
        assertThat(server.output())
                .anySatisfy(l ->
                        assertThat(l).matches("Trialfinder is running at http://localhost:\\d+/ with 2,537 studies.*"));
    }

    @Test
    void homePageListsSampleTrialsRecruitingFirst() throws Exception {
        var r = get("");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        String html = r.body();
        assertThat(html).contains("2537 trials from ClinicalTrials.gov");
        int items = html.split("<li class=\"trial\">", -1).length - 1;
        assertThat(items).isEqualTo(50);
        // every listed trial is enrolling: the sample has hundreds of recruiting trials
        assertThat(html.split("status-recruiting\"", -1).length - 1).isEqualTo(50);
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void studyApiReturnsTheRecordAsItCameIn() throws Exception {
        var r = get("api/v2/studies/NCT06751394");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode served = StudyJson.mapper().readTree(r.body());
        JsonNode reference =
                StudyJson.mapper().readTree(Files.readAllBytes(Path.of("..", "sample", "NCT06751394.json")));
        assertThat(served).isEqualTo(reference);
    }

    @Test
    void aliasRedirectsUnknownIsNotFoundAndGarbageIsABadRequest() throws Exception {
        var alias = get("api/v2/studies/NCT00459394");
        assertThat(alias.statusCode()).isEqualTo(301);
        assertThat(alias.headers().firstValue("Location")).hasValue("/api/v2/studies/NCT00470873");
        var unknown = get("api/v2/studies/NCT09999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("NCT09999999").contains("not found");
        var garbage = get("api/v2/studies/%3Cscript%3E");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("is not an NCT number").doesNotContain("Exception");
    }

    @Test
    void stylesheetIsServedLocally() throws Exception {
        assertThat(get("static/site.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theSampleIsNeverSyncedByItselfAndHealthSaysSo() throws Exception {
        // the default serve over the bundled sample sends nothing to the network (offline CI)
        assertThat(server.output())
                .contains("sync: no background sync (no --sync-url, no TRIALFINDER_SYNC_URL, and the data folder"
                        + " records no earlier sync)");
        var r = get("health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode health = StudyJson.mapper().readTree(r.body());
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("studies").asLong()).isEqualTo(2537);
        assertThat(health.at("/sync/configured").asBoolean()).isFalse();
        // the version's data timestamp is the sample's commit, in the official format
        JsonNode version = StudyJson.mapper().readTree(get("api/v2/version").body());
        assertThat(health.path("dataTimestamp").asText())
                .startsWith(version.path("dataTimestamp").asText());
    }
}
