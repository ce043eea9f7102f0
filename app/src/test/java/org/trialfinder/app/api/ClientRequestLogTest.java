package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.ClientRequestLog.Paging;
import org.trialfinder.app.api.ClientRequestLog.Request;
import org.trialfinder.model.StudyJson;

/**
 * The request logs of {@link ClientRequestLog} replayed against the real server over HTTP, as the
 * clients send them (their headers, their paging): every request answers 200 with the content type
 * the client parses, CSV with the header the client asked for, JSON with {@code studies}, and paging
 * walks every match exactly once.
 */
class ClientRequestLogTest {
    private static final Pattern NCT_ID = Pattern.compile("NCT\\d{8}");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static SampleServer s;

    @BeforeAll
    static void start() throws IOException {
        s = SampleServer.get();
    }

    @Test
    void pytrialsRunSucceedsEndToEnd() {
        List<List<String>> idsPerCall = new ArrayList<>();
        for (Request r : ClientRequestLog.PYTRIALS) {
            idsPerCall.add(replay(r));
        }
        // the four data calls search the same expression: the same studies, in the same order,
        // whether asked as CSV or JSON, by column names or by piece names
        List<String> ids = idsPerCall.get(1);
        assertThat(ids).hasSizeGreaterThan(50); // more than one page of pageSize=50: the paging is walked
        assertThat(idsPerCall.subList(2, 5))
                .allSatisfy(other -> assertThat(other).isEqualTo(ids));
        long total = s.json("/api/v2/studies?query.term=lung+cancer&countTotal=true&pageSize=1&fields=NCTId")
                .path("totalCount")
                .asLong();
        assertThat(ids).hasSize((int) total);
    }

    @Test
    void ctrdataRunSucceedsEndToEnd() {
        List<Request> log = ClientRequestLog.CTRDATA;
        JsonNode count = json(send(log.get(0), log.get(0).line()));
        long total = count.path("totalCount").asLong();
        assertThat(total).as("the download is split in pages of 1000").isGreaterThan(1000);
        List<String> ids = replay(log.get(1));
        assertThat(ids).hasSize((int) total);
    }

    /**
     * ctrdata does not parse the JSON for the next page: it reads the last 40 bytes of the saved
     * answer and takes {@code "nextPageToken":"(.+?)"} from them (ClinicalTrials.gov's tokens are about
     * 15 characters, e.g. {@code NF0g5JGBlPMuwQY} in ctrdata's comment). Trialfinder's tokens are
     * Base64url JSON ({@code store-lucene} PageToken), far longer, so ctrdata stops after its first
     * page of 1000 without an error.
     */
    @Test
    @Disabled("Trialfinder's page tokens are longer than ctrdata's 40-byte tail read: open, see the report of "
            + "branch clientlog")
    void ctrdataFindsTheNextPageTokenInTheLast40Bytes() {
        Request download = ClientRequestLog.CTRDATA.get(1);
        byte[] body = body(send(download, download.line()));
        String tail =
                new String(body, Math.max(0, body.length - 40), Math.min(40, body.length), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(".*\"nextPageToken\":\"(.+?)\".*", Pattern.DOTALL)
                .matcher(tail);
        assertThat(m.matches()).as("tail " + tail).isTrue();
        assertThat(m.group(1))
                .isEqualTo(json(send(download, download.line()))
                        .path("nextPageToken")
                        .asText());
    }

    /** Sends the request and its following pages as the client does; returns the NCT ids read, in order. */
    private static List<String> replay(Request r) {
        String line = r.line();
        List<String> ids = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            String pageLine = line + token.map(t -> "&pageToken=" + t).orElse("");
            HttpResponse<byte[]> answer = send(r, pageLine);
            assertThat(answer.statusCode())
                    .as(r.call() + "\n" + pageLine + "\n" + text(answer))
                    .isEqualTo(200);
            token = switch (r.reads()) {
                case VERSION -> {
                    assertJson(answer);
                    JsonNode v = json(answer);
                    assertThat(v.path("apiVersion").asText()).isNotBlank();
                    assertThat(v.path("dataTimestamp").asText()).isNotBlank();
                    yield Optional.empty();
                }
                case STUDIES_JSON -> {
                    assertJson(answer);
                    JsonNode page = json(answer);
                    assertThat(page.path("studies").isArray()).as(r.call()).isTrue();
                    assertThat(page.has("tf"))
                            .as("no Trialfinder additions unasked")
                            .isFalse();
                    if (pageLine.contains("countTotal=true") && token.isEmpty()) {
                        // as ClinicalTrials.gov: the total comes with the first page only
                        assertThat(page.path("totalCount").isIntegralNumber()).isTrue();
                    }
                    for (JsonNode study : page.path("studies")) {
                        ids.add(study.at("/protocolSection/identificationModule/nctId")
                                .asText());
                        if (pageLine.contains("&fields=")) {
                            assertThat(study.path("protocolSection").fieldNames())
                                    .toIterable()
                                    .isSubsetOf("identificationModule", "conditionsModule");
                        }
                    }
                    yield Optional.ofNullable(page.get("nextPageToken")).map(JsonNode::asText);
                }
                case STUDIES_CSV -> {
                    assertThat(answer.headers().firstValue("Content-Type"))
                            .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
                    List<List<String>> rows = csv(text(answer));
                    assertThat(rows.get(0)).as(r.call()).isEqualTo(r.csvHeader());
                    int nct = r.csvHeader().indexOf("NCT Number");
                    for (List<String> row : rows.subList(1, rows.size())) {
                        assertThat(row).hasSameSizeAs(r.csvHeader());
                        assertThat(row.get(nct)).matches(NCT_ID);
                        ids.add(row.get(nct));
                    }
                    yield answer.headers().firstValue("x-next-page-token");
                }
            };
            if (r.paging() == Paging.NONE) {
                break;
            }
            assertThat(++pages).as("paging ends").isLessThan(1000);
        } while (token.isPresent());
        assertThat(ids).as("every study once").doesNotHaveDuplicates();
        return ids;
    }

    /**
     * Java's URI refuses the brackets R leaves unencoded in a query; percent-encoding them sends the
     * same bytes to any server, which decodes both forms alike.
     */
    private static HttpResponse<byte[]> send(Request r, String line) {
        String wire = line.replace("[", "%5B").replace("]", "%5D");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + wire));
        for (int i = 0; i < r.headers().size(); i += 2) {
            b.header(r.headers().get(i), r.headers().get(i + 1));
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as the client's HTTP library hands it over: gunzipped when the server gzipped it. */
    private static byte[] body(HttpResponse<byte[]> answer) {
        if (!answer.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return answer.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(body(answer), StandardCharsets.UTF_8);
    }

    private static void assertJson(HttpResponse<byte[]> answer) {
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    private static JsonNode json(HttpResponse<byte[]> answer) {
        try {
            return StudyJson.mapper().readTree(body(answer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record as a list of cells, the header first, as Python's {@code csv.reader} gives them. */
    private static List<List<String>> csv(String text) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it =
                mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
