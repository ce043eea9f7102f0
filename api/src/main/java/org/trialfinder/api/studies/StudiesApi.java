package org.trialfinder.api.studies;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.api.Answer;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.StreamedResponse;
import org.trialfinder.api.format.CsvFormat;
import org.trialfinder.api.format.MarkupFormat;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.model.NctId;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.NearestSite;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.fields.Projection;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyStore;

/**
 * {@code /api/v2/studies} and {@code /api/v2/studies/{nctId}}, answered like ClinicalTrials.gov's
 * REST API v2 (same parameters, shapes and errors), independent of the HTTP server.
 */
public final class StudiesApi {
    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] NEWLINE_COMMA = {'\n', ','};

    private final StudyStore store;
    private final StudySearch search;
    private final ObjectMapper mapper = StudyJson.mapper();

    private final PlaceResolver places;

    public StudiesApi(StudyStore store, StudySearch search, PlaceResolver places) {
        this.store = store;
        this.search = search;
        this.places = places;
    }

    /**
     * Pages larger than this are written to the client as they are produced ({@link #answer}) instead of being
     * built in memory first: a page of 1,000 full records is tens of megabytes, and several at once exhausted the
     * heap. At or below it, the whole answer is small and keeps its ETag.
     */
    public static final int STREAM_ABOVE_PAGE_SIZE = 100;

    /** The answer of {@code /api/v2/studies}, built in memory (its bytes are those {@link #answer} streams). */
    public ApiResponse list(Map<String, List<String>> params) {
        return list(listPage(params));
    }

    /**
     * The answer of {@code /api/v2/studies}: in memory for small pages, streamed for larger ones. The search runs
     * here, so a bad request is a {@link BadRequestException} before anything is written; only the writing waits.
     */
    public Answer answer(Map<String, List<String>> params) {
        ListPage page = listPage(params);
        if (page.search().hits().size() <= STREAM_ABOVE_PAGE_SIZE) {
            return list(page);
        }
        return new StreamedResponse(200, page.contentType(), page.headers(), page.writer());
    }

    private ApiResponse list(ListPage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.sizeHint());
        try {
            page.writer().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiResponse(200, page.contentType(), page.headers(), out.toByteArray());
    }

    /**
     * A searched page, how to write it, and about how many bytes that makes: a buffer of that size holds the answer
     * without growing (each growth copies all written so far; a page of whole records is often a megabyte).
     */
    private record ListPage(
            SearchPage search,
            String contentType,
            Map<String, String> headers,
            StreamedResponse.BodyWriter writer,
            int sizeHint) {
        ListPage(
                SearchPage search,
                String contentType,
                Map<String, String> headers,
                StreamedResponse.BodyWriter writer) {
            this(search, contentType, headers, writer, 4096 + search.hits().size() * 8192);
        }
    }

    /** The bytes of a JSON page: whole records as stored plus room for separators, nearest sites and facets. */
    private static int wholeRecordsSize(SearchPage page) {
        long size = 8192;
        for (SearchHit hit : page.hits()) {
            size += hit.json().length + 512L;
        }
        return (int) Math.min(size, Integer.MAX_VALUE - 64);
    }

    private ListPage listPage(Map<String, List<String>> params) {
        try {
            ListStudiesParams p = ListStudiesParams.parse(params, places);
            if (p.format().equals("csv")) {
                // fields name CSV columns here (official column names or pieces), not a JSON projection
                CsvFormat csv = StudiesCsv.columns(p.fields());
                SearchPage page = inMarkup(search.search(p.request().withoutNearestSites()), p.markupFormat());
                return new ListPage(
                        page,
                        StudiesCsv.CONTENT_TYPE,
                        StudiesCsv.headers(page),
                        out -> StudiesCsv.write(page, csv, out));
            }
            TfAdditions tf = TfAdditions.asked(params, p.request());
            List<SearchArea> searched = p.request().queries().stream()
                    .map(SearchRequest.AreaQuery::area)
                    .toList();
            Optional<Projection> projection = p.fields().map(f -> StudyFieldsProjection.of(f, searched));
            // a hit's nearest site is read from its sites: only when the answer shows it
            SearchRequest request =
                    tf.nearestSites() ? p.request() : p.request().withoutNearestSites();
            SearchPage page = inMarkup(search.search(request), p.markupFormat());
            return projection.isPresent()
                    ? new ListPage(page, "application/json", Map.of(), out -> writeList(page, projection, tf, out))
                    : new ListPage(
                            page,
                            "application/json",
                            Map.of(),
                            out -> writeList(page, projection, tf, out),
                            wholeRecordsSize(page));
        } catch (SearchException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** The page with each study's markup fields in the format asked for (the stored markdown as it is). */
    private SearchPage inMarkup(SearchPage page, MarkupFormat markup) {
        if (markup == MarkupFormat.MARKDOWN) {
            return page;
        }
        List<SearchHit> hits = page.hits().stream()
                .map(h -> new SearchHit(h.nctId(), h.score(), h.nearestSite(), inMarkup(h.json(), markup)))
                .toList();
        return new SearchPage(hits, page.total(), page.nextPageToken(), page.facets());
    }

    private byte[] inMarkup(byte[] json, MarkupFormat markup) {
        try {
            return mapper.writeValueAsBytes(markup.applyTo(mapper.readTree(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code {"totalCount":…,"studies":[…],"nextPageToken":…}} with one study per line as
     * ClinicalTrials.gov writes it, plus Trialfinder's {@code "tf"} object (nearest sites, facet
     * counts) only when a {@code tf.*} parameter asked for them: official clients never see it.
     */
    private void writeList(SearchPage page, Optional<Projection> projection, TfAdditions tf, OutputStream out)
            throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            if (page.total().isPresent()) {
                g.writeNumberField("totalCount", page.total().getAsLong());
            }
            g.writeArrayFieldStart("studies");
            if (projection.isPresent()) {
                for (SearchHit hit : page.hits()) {
                    g.writeRaw('\n');
                    g.writeTree(projection.get().apply(mapper, hit.json()));
                }
            } else {
                // whole records go out as stored, byte for byte, without decoding them into characters and
                // encoding them back (a page by place can be a megabyte); the separators are the generator's
                // own ("\n" before each study, "," before all but the first)
                g.flush();
                boolean first = true;
                for (SearchHit hit : page.hits()) {
                    out.write(first ? NEWLINE : NEWLINE_COMMA);
                    out.write(hit.json());
                    first = false;
                }
            }
            g.writeEndArray();
            if (page.nextPageToken().isPresent()) {
                g.writeStringField("nextPageToken", page.nextPageToken().get());
            }
            if (tf.any()) {
                g.writeObjectFieldStart("tf");
                if (tf.nearestSites()) {
                    g.writeArrayFieldStart("hits");
                    for (SearchHit hit : page.hits()) {
                        g.writeStartObject();
                        g.writeStringField("nctId", hit.nctId());
                        if (hit.nearestSite().isPresent()) {
                            writeNearest(g, hit);
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (tf.facets()) {
                    g.writeObjectField("facets", page.facets());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }

    private void writeNearest(JsonGenerator g, SearchHit hit) throws IOException {
        NearestSite n = hit.nearestSite().get();
        JsonNode site = mapper.readTree(hit.json())
                .path("protocolSection")
                .path("contactsLocationsModule")
                .path("locations")
                .path(n.locationIndex());
        g.writeObjectFieldStart("nearestSite");
        g.writeNumberField("locationIndex", n.locationIndex());
        for (String f : List.of("facility", "city", "state", "zip", "country", "status")) {
            if (site.hasNonNull(f)) {
                g.writeStringField(f, site.get(f).asText());
            }
        }
        g.writeNumberField("distanceKm", Math.round(n.distanceKm() * 10) / 10.0);
        g.writeNumberField("distanceMi", Math.round(n.distanceKm() / 1.609344 * 10) / 10.0);
        g.writeBooleanField("recruiting", n.recruiting());
        g.writeBooleanField("coordinatesDerived", n.derivedCoordinates());
        g.writeEndObject();
    }

    /** One study as it came in; an alias answers 301 to the current id; unknown ids 404. */
    public ApiResponse fetch(String rawId, Map<String, List<String>> params) {
        for (String name : params.keySet()) {
            if (!List.of("format", "markupFormat", "fields").contains(name)) {
                throw new BadRequestException("`" + name + "` is unknown parameter");
            }
        }
        NctId asked = NctId.parse(rawId).orElseThrow(() -> new BadRequestException(NctId.message(rawId)));
        MarkupFormat markup = ListStudiesParams.markupFormat(Optional.ofNullable(params.get("markupFormat"))
                .filter(l -> !l.isEmpty())
                .map(l -> l.get(0)));
        String nctId = asked.value();
        Optional<StoredStudy> stored = store.get(nctId);
        if (stored.isEmpty()) {
            return ApiResponse.text(404, "Study " + nctId + " not found");
        }
        String format = Optional.ofNullable(params.get("format"))
                .filter(l -> !l.isEmpty())
                .map(l -> l.get(0))
                .orElse("json")
                .toLowerCase(Locale.ROOT);
        if (!stored.get().nctId().equals(nctId)) {
            String query = params.isEmpty() ? "" : "?format=" + format;
            if (markup != MarkupFormat.MARKDOWN) {
                query += "&markupFormat=" + markup.paramValue();
            }
            return ApiResponse.redirect("/api/v2/studies/" + stored.get().nctId() + query);
        }
        StoredStudy study = stored.get();
        if (markup != MarkupFormat.MARKDOWN && (format.equals("json") || format.equals("csv"))) {
            // as ClinicalTrials.gov: markupFormat shapes the JSON and CSV texts, not RIS or FHIR
            study = new StoredStudy(study.nctId(), inMarkup(study.json(), markup), study.derivedGeoPoints());
        }
        return StudyFormatsResponse.render(study, format, params.get("fields"));
    }
}
