package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.Adler32;
import java.util.zip.CheckedInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ETags over HTTP: the value is what Javalin's own generator gives (the Adler-32 of the body, in decimal, computed
 * here the way Javalin does, a byte at a time), for API answers and pages alike, and a matching
 * {@code If-None-Match} gets a 304 without a body.
 */
class ETagTest {
    static SampleServer s;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
    }

    private static HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Javalin's reading: a CheckedInputStream read to the end one byte at a time. */
    private static String adler32ByteByByte(byte[] body) throws IOException {
        CheckedInputStream in = new CheckedInputStream(new ByteArrayInputStream(body), new Adler32());
        while (in.read() != -1) {
            // the checksum is updated by each read
        }
        return Long.toString(in.getChecksum().getValue());
    }

    private static void etagIsTheBodysChecksumAnd304(String path) throws Exception {
        HttpResponse<byte[]> first = get(path, null);
        assertThat(first.statusCode()).as(path).isEqualTo(200);
        assertThat(first.body().length).as(path).isGreaterThan(0);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as(path).isEqualTo(adler32ByteByByte(first.body()));

        HttpResponse<byte[]> again = get(path, etag);
        assertThat(again.statusCode()).as(path).isEqualTo(304);
        assertThat(again.body()).as(path).isEmpty();

        HttpResponse<byte[]> other = get(path, "\"not-it\"");
        assertThat(other.statusCode()).as(path).isEqualTo(200);
        assertThat(other.body()).as(path).isEqualTo(first.body());
    }

    @Test
    void wholeRecordsProjectedFieldsAndASingleStudy() throws Exception {
        etagIsTheBodysChecksumAnd304("/api/v2/studies?pageSize=100"); // whole records, hundreds of kilobytes
        etagIsTheBodysChecksumAnd304("/api/v2/studies?query.cond=asthma&fields=NCTId,BriefTitle");
        String id = s.records.keySet().iterator().next();
        etagIsTheBodysChecksumAnd304("/api/v2/studies/" + id);
    }

    @Test
    void pages() throws Exception {
        etagIsTheBodysChecksumAnd304("/");
        etagIsTheBodysChecksumAnd304("/search?cond=asthma");
        etagIsTheBodysChecksumAnd304("/study/" + s.records.keySet().iterator().next());
    }

    @Test
    void anErrorAnswerKeepsItsChecksumToo() throws Exception {
        HttpResponse<byte[]> bad = get("/api/v2/studies?query.bogus=x", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("ETag")).hasValue(adler32ByteByByte(bad.body()));
    }
}
