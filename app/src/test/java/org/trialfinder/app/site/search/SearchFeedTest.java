package org.trialfinder.app.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed of a search, read with the JDK's XML parser. */
class SearchFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    static SampleServer s;

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element e, String name) {
        return e.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    private static List<Element> entries(Document d) {
        NodeList list = d.getElementsByTagNameNS(ATOM, "entry");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void theFeedListsTheSearchsTrialsMostRecentlyUpdatedFirst() throws Exception {
        SearchHtml page = SearchHtml.get(s, "/search?cond=cancer&status=RECRUITING");
        String feedUrl = SearchHtml.unescape(page.html()
                .replaceAll(
                        "(?s).*<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]*href=\"([^\"]+)\".*", "$1"));
        assertThat(feedUrl).isEqualTo("/search/feed.atom?cond=cancer&status=RECRUITING");
        var r = s.get(feedUrl);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/atom+xml");
        Document d = parse(r.body());
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        List<Element> entries = entries(d);
        assertThat(entries).hasSize((int) Math.min(SearchFeed.ENTRIES, page.total()));
        List<Instant> updated =
                entries.stream().map(e -> Instant.parse(child(e, "updated"))).toList();
        assertThat(updated).isSortedAccordingTo(Comparator.reverseOrder());
        // the newest matching trial by the API's own order comes first, and every entry is a matching trial
        JsonNode api = s.json(
                "/api/v2/studies?query.cond=cancer&filter.overallStatus=RECRUITING&sort=LastUpdatePostDate:desc&pageSize="
                        + SearchFeed.ENTRIES + "&fields=NCTId");
        List<String> apiIds = new ArrayList<>();
        api.path("studies")
                .forEach(x -> apiIds.add(
                        x.at("/protocolSection/identificationModule/nctId").asText()));
        Element first = entries.get(0);
        String id = child(first, "id");
        assertThat(id).isEqualTo(s.base + "/study/" + apiIds.get(0));
        assertThat(entries.stream()
                        .map(e -> child(e, "id").substring(child(e, "id").lastIndexOf('/') + 1))
                        .toList())
                .isEqualTo(apiIds);
        Element link = (Element) first.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo(id);
        JsonNode record = s.records.get(apiIds.get(0));
        assertThat(child(first, "title"))
                .isEqualTo(record.at("/protocolSection/identificationModule/briefTitle")
                        .asText());
        assertThat(child(first, "summary"))
                .contains("Status: Enrolling")
                .contains(record.at("/protocolSection/sponsorCollaboratorsModule/leadSponsor/name")
                        .asText());
        assertThat(child(first, "updated"))
                .startsWith(record.at("/protocolSection/statusModule/lastUpdatePostDateStruct/date")
                        .asText());
        assertThat(child(d.getDocumentElement(), "updated")).isEqualTo(child(first, "updated"));
    }

    @Test
    void recordTextAndSearchWordsAreEscaped() throws Exception {
        JsonNode withAmpersand = s.records.values().stream()
                .filter(r -> r.at("/protocolSection/identificationModule/briefTitle")
                        .asText()
                        .contains("&"))
                .findFirst()
                .orElseThrow();
        String nctId =
                withAmpersand.at("/protocolSection/identificationModule/nctId").asText();
        String title = withAmpersand
                .at("/protocolSection/identificationModule/briefTitle")
                .asText();
        var r = s.get("/search/feed.atom?term=" + nctId);
        assertThat(r.body()).contains("&amp;");
        Document d = parse(r.body());
        assertThat(child(entries(d).get(0), "title")).isEqualTo(title);

        var hostile = s.get("/search/feed.atom?cond=" + SampleServer.enc("<script>&"));
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).contains("&lt;script&gt;&amp;").doesNotContain("<script");
        assertThat(child(parse(hostile.body()).getDocumentElement(), "title")).contains("<script>&");
    }

    @Test
    void aPlaceOrQueryTheFeedCannotUseIsABadRequestNamingIt() {
        var place = s.get("/search/feed.atom?place=Narnia");
        assertThat(place.statusCode()).isEqualTo(400);
        assertThat(place.body()).contains("We could not find the place \"Narnia\"");
        var query = s.get("/search/feed.atom?cond=" + SampleServer.enc("(cancer"));
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).startsWith("Condition or disease:");
    }
}
