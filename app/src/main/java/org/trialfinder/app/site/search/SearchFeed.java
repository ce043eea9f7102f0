package org.trialfinder.app.site.search;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.studies.ListStudiesParams;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.geo.ResolvedPlace;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.StudySearch;

/**
 * {@code GET /search/feed.atom?<the search page's parameters>}: an Atom (RFC 4287) feed of the
 * search's trials, most recently updated first (LastUpdatePostDate), so a feed reader shows new and
 * updated trials for a saved search. Written with the JDK's XMLStreamWriter, which escapes text.
 */
public final class SearchFeed {
    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final StudySearch search;
    private final PlaceResolver places;

    public SearchFeed(StudySearch search, PlaceResolver places) {
        this.search = search;
        this.places = places;
    }

    /**
     * The feed's XML. {@code siteBase} ("http://host:port") makes the links and ids absolute, as Atom
     * asks. A place that cannot be found or a query that cannot be read is a {@link BadRequestException}.
     */
    public byte[] atom(Map<String, List<String>> query, String siteBase) {
        SearchForm form = SearchForm.parse(query).form();
        Optional<ResolvedPlace> place = Optional.empty();
        if (form.hasPlace()) {
            place = places.resolve(form.value("place"));
            if (place.isEmpty()) {
                throw new BadRequestException("We could not find the place \"" + form.value("place")
                        + "\": give a city, region, country, ZIP or postal code, or lat,lon.");
            }
        }
        Map<String, List<String>> api = new LinkedHashMap<>(form.apiParams(SearchSort.UPDATED));
        api.put("pageSize", List.of(Integer.toString(ENTRIES)));
        SearchPage page;
        try {
            page = search.search(ListStudiesParams.parse(api, places).request());
        } catch (SearchException e) {
            throw new BadRequestException(SearchPages.inPlainWords(e.getMessage()));
        } catch (BadRequestException e) {
            throw new BadRequestException(SearchPages.inPlainWords(e.getMessage()));
        }
        List<Study> studies = new ArrayList<>(page.hits().size());
        for (SearchHit hit : page.hits()) {
            studies.add(StudyJson.parse(hit.json()));
        }
        return write(studies, form, siteBase);
    }

    static byte[] write(List<Study> studies, SearchForm form, String siteBase) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192 + studies.size() * 1024);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            String self = siteBase + form.feedUrl();
            element(x, "id", self);
            element(x, "title", "Trialfinder: " + SearchSummary.of(form));
            element(
                    x,
                    "subtitle",
                    "New and updated clinical trials from ClinicalTrials.gov for this search, most recently updated first.");
            Optional<LocalDate> newest = studies.stream()
                    .map(Study::lastUpdatePostDate)
                    .flatMap(Optional::stream)
                    .max(LocalDate::compareTo);
            element(
                    x,
                    "updated",
                    newest.map(SearchFeed::timestamp)
                            .orElseGet(() -> DateTimeFormatter.ISO_INSTANT.format(
                                    Instant.now().truncatedTo(ChronoUnit.SECONDS))));
            link(x, "self", "application/atom+xml", self);
            // the HTML page of the same search, in the feed's order
            link(
                    x,
                    "alternate",
                    "text/html",
                    siteBase
                            + form.replacing("sort", SearchSort.UPDATED.param()).url());
            x.writeStartElement(ATOM, "author");
            element(x, "name", "Trialfinder (records from ClinicalTrials.gov)");
            x.writeEndElement();
            element(x, "generator", "Trialfinder");
            for (Study s : studies) {
                entry(x, s, siteBase);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the Atom feed failed", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter x, Study s, String siteBase) throws XMLStreamException {
        String url = siteBase + "/study/" + s.nctId();
        x.writeStartElement(ATOM, "entry");
        element(x, "id", url);
        element(x, "title", s.briefTitle() == null ? s.nctId() : s.briefTitle());
        s.lastUpdatePostDate().ifPresent(d -> {
            try {
                element(x, "updated", timestamp(d));
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        if (s.lastUpdatePostDate().isEmpty()) {
            // Atom requires <updated>; a record without a last-update date (never seen in ClinicalTrials.gov data)
            // gets the oldest possible one so it sorts as the least recent
            element(x, "updated", "1970-01-01T00:00:00Z");
        }
        link(x, "alternate", "text/html", url);
        element(x, "summary", summary(s));
        x.writeEndElement();
    }

    static String summary(Study s) {
        List<String> parts = new ArrayList<>();
        parts.add("Status: "
                + SearchWords.status(
                        s.overallStatus() == null ? "" : s.overallStatus().name()) + ".");
        String phase = SearchWords.phases(s.phases().stream().map(Enum::name).toList());
        if (phase != null) {
            parts.add(phase + ".");
        }
        if (!s.conditions().isEmpty()) {
            parts.add("Conditions: " + String.join(", ", s.conditions()) + ".");
        }
        if (s.protocolSection() != null
                && s.protocolSection().sponsorCollaboratorsModule() != null
                && s.protocolSection().sponsorCollaboratorsModule().leadSponsor() != null
                && s.protocolSection()
                                .sponsorCollaboratorsModule()
                                .leadSponsor()
                                .name()
                        != null) {
            parts.add("Sponsor: "
                    + s.protocolSection()
                            .sponsorCollaboratorsModule()
                            .leadSponsor()
                            .name() + ".");
        }
        parts.add(s.nctId() + ".");
        return String.join(" ", parts);
    }

    private static String timestamp(LocalDate d) {
        return DateTimeFormatter.ISO_INSTANT.format(
                d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(ATOM, name);
        x.writeCharacters(xmlSafe(text));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement(ATOM, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", xmlSafe(href));
    }

    /** XML 1.0 cannot carry most control characters even escaped; a record's stray one becomes a space. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok) {
                if (b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                b.append(' ');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
