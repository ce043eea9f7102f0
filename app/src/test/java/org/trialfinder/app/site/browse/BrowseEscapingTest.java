package org.trialfinder.app.site.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.app.server.WebServer;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.StudyStore;

/** Names from records reach the browse pages as text: markup in a condition, title, city or facility is never markup. */
class BrowseEscapingTest {
    @TempDir
    Path dir;

    @Test
    void hostileNamesAreShownAsText() throws Exception {
        String json = """
                {"protocolSection":{"identificationModule":{"nctId":"NCT09999999","briefTitle":"<script>alert('title')</script>"},
                 "statusModule":{"overallStatus":"RECRUITING","lastUpdatePostDateStruct":{"date":"2025-01-01","type":"ACTUAL"}},
                 "conditionsModule":{"conditions":["<script>alert(1)</script>"]},
                 "contactsLocationsModule":{"locations":[{"facility":"\\"><img src=x onerror=alert(2)>","city":"<b>Gotham</b>",
                   "state":"Île-de-France","country":"France","status":"RECRUITING"}]}},"hasResults":false}""";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try (Trialfinder app = Trialfinder.open(dir, System.out)) {
            StudyStore store = app.store();
            try (StoreWriter w = store.openWriter()) {
                w.upsert(new StudyDocument(StudyJson.parse(bytes), bytes, List.of(), SourceForm.API_V2));
                w.commit(Map.of());
            }
            try (WebServer server = WebServer.start(app, "127.0.0.1", 0)) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                String letter = get(http, base + "/conditions/letter/s");
                assertThat(letter)
                        .contains(
                                "href=\"/conditions/script-alert-1-script\">&lt;script&gt;alert(1)&lt;/script&gt;</a>");
                String condition = get(http, base + "/conditions/script-alert-1-script");
                String city = get(http, base + "/locations/france/ile-de-france/b-gotham-b");
                for (String page : List.of(letter, condition, city)) {
                    assertThat(page)
                            .doesNotContain("<script>")
                            .doesNotContain("<img")
                            .doesNotContain("<b>");
                }
                assertThat(condition)
                        .contains("&lt;script&gt;alert('title')&lt;/script&gt;")
                        .contains("/search?cond=%3Cscript%3Ealert%281%29%3C%2Fscript%3E");
                assertThat(city)
                        .contains("\"&gt;&lt;img src=x onerror=alert(2)&gt;")
                        .contains("&lt;b&gt;Gotham&lt;/b&gt;")
                        .contains("<a href=\"/locations/france/ile-de-france\">Île-de-France</a>");
            }
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }
}
