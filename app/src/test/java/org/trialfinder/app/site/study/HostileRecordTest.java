package org.trialfinder.app.site.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.app.server.WebServer;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.model.StudyJson;

/**
 * A record whose text carries markup (a script, an attribute break-out with an image) is shown as
 * text on every page that shows it: nothing in a record can run in a reader's browser.
 */
class HostileRecordTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final String ID = "NCT09999999";
    /** An older id of the crafted record, which must lead to its page. */
    private static final String ALIAS = "NCT09999998";

    @TempDir
    static Path dir;

    private static Trialfinder app;
    private static WebServer server;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        ObjectNode record = (ObjectNode) StudyJson.mapper()
                .readTree(Path.of("..", "sample", "NCT06751394.json").toFile());
        ObjectNode p = (ObjectNode) record.get("protocolSection");
        ObjectNode id = (ObjectNode) p.get("identificationModule");
        id.put("nctId", ID);
        id.putArray("nctIdAliases").add(ALIAS);
        id.put("briefTitle", "Title " + SCRIPT + " and " + BREAKOUT);
        id.put("acronym", "</script><script>alert(2)</script>");
        ObjectNode eligibility = (ObjectNode) p.get("eligibilityModule");
        eligibility.put(
                "eligibilityCriteria",
                "Inclusion Criteria:\n\n* Adults " + SCRIPT + "\n* [link](javascript:alert(3))\n\n"
                        + "Exclusion Criteria:\n\n* Anyone " + BREAKOUT + "\n");
        ObjectNode site = (ObjectNode) p.at("/contactsLocationsModule/locations/0");
        site.put("facility", "Hospital " + BREAKOUT);
        site.putArray("contacts").addObject().put("name", "Dr " + SCRIPT).put("email", "x@example.org" + BREAKOUT);
        ((ObjectNode) p.at("/armsInterventionsModule/armGroups/0")).put("description", "Arm " + SCRIPT);
        Path file = dir.resolve("hostile.json");
        Files.write(file, StudyJson.mapper().writeValueAsBytes(record));
        app = Trialfinder.open(dir.resolve("store"), System.out);
        app.ingester(IngestOptions.quiet()).ingestPaths(List.of(file));
        server = WebServer.start(app, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private static HttpResponse<String> response(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOldIdRedirectsToTheCurrentPageKeepingWhatFollows() throws Exception {
        for (String[] asked : new String[][] {
            {"/study/" + ALIAS, "/study/" + ID},
            {"/study/" + ALIAS + "/locations?page=1", "/study/" + ID + "/locations?page=1"},
            {"/study/" + ALIAS + "/map.svg", "/study/" + ID + "/map.svg"},
            {"/trial/some-title-" + ALIAS, "/study/" + ID}
        }) {
            HttpResponse<String> r = response(asked[0]);
            assertThat(r.statusCode()).as(asked[0]).isEqualTo(301);
            assertThat(r.headers().firstValue("Location")).as(asked[0]).hasValue(asked[1]);
        }
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        return r.body();
    }

    @Test
    void markupInTheRecordIsShownAsText() throws Exception {
        for (String path : List.of("/study/" + ID, "/study/" + ID + "/locations")) {
            String html = get(path);
            String withoutJsonLd = html.replaceFirst("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
            assertThat(withoutJsonLd).as(path).doesNotContain("<script", "<img src=x", "javascript:");
            assertThat(PageText.text(withoutJsonLd)).as(path).contains("Hospital " + BREAKOUT);
        }
        String page = get("/study/" + ID);
        String text = PageText.text(page.replaceFirst("(?s)<script type=\"application/ld\\+json\">.*?</script>", ""));
        assertThat(text)
                .contains(
                        "Title " + SCRIPT + " and " + BREAKOUT,
                        "Adults " + SCRIPT,
                        "Anyone " + BREAKOUT,
                        "Arm " + SCRIPT,
                        "Dr " + SCRIPT);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theJsonLdCannotEndItsElementAndStillSaysTheTitle() throws Exception {
        String page = get("/study/" + ID);
        Matcher m = Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>")
                .matcher(page);
        assertThat(m.find()).isTrue();
        String json = m.group(1);
        assertThat(json).doesNotContain("<", ">");
        JsonNode ld = StudyJson.mapper().readTree(json);
        assertThat(ld.path("name").asText())
                .isEqualTo("Title " + SCRIPT + " and " + BREAKOUT + " (</script><script>alert(2)</script>)");
        // exactly one script element: the JSON-LD one
        assertThat(page.split("<script", -1)).hasSize(2);
    }

    @Test
    void theMapOfAHostileRecordIsStillJustShapes() throws Exception {
        String svg = get("/study/" + ID + "/map.svg");
        assertThat(svg).doesNotContain("<script", "<img", "alert");
    }
}
