package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests bench/run fuzz found answered 500, sent as it sent them: each is now the client's mistake, said plainly. */
class HostileRequestsHttpTest {
    private static SampleServer sample;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sample = SampleServer.get();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCharsetNoOneKnowsIs415AndABrokenMultipartBodyIs400() throws Exception {
        // found by bench/run fuzz (seed 1, requests 393 and 1356): both answered 500
        HttpResponse<byte[]> charset = send(HttpRequest.newBuilder(URI.create(sample.base + "/api/v2/match"))
                .header("Content-Type", "application/json; charset=bogus-42")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        "\u00ff\u00fe{\"age\": 5}".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(charset.statusCode()).isEqualTo(415);
        assertThat(new String(charset.body())).contains("character set").contains("bogus-42");
        HttpResponse<byte[]> multipart = send(
                HttpRequest.newBuilder(URI.create(sample.base + "/patient"))
                        .header("Content-Type", "multipart/form-data")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "ecog=abc&lab-egfr=1001&lab-anc=&place=recruiting&lab-anc-uln=%205&treatments=-30065177090275")));
        assertThat(multipart.statusCode()).isEqualTo(400);
        assertThat(new String(multipart.body())).startsWith("The request body cannot be read as its Content-Type says");
        HttpResponse<byte[]> form = send(HttpRequest.newBuilder(URI.create(sample.base + "/study/NCT06751394/check"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=bogus-42")
                .POST(HttpRequest.BodyPublishers.ofString("sex=male")));
        assertThat(form.statusCode()).isEqualTo(415);
    }

    @Test
    void aLimitWithABrokenEscapeIs400() throws Exception {
        // seed 1, request 99084; sent over a plain socket, as java.net.URI refuses the broken escape "%%"
        String answer = raw("GET /api/v2/tf/places?place=melanoma&limit=0%%0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400 ").contains("limit must be a whole number");
    }

    private static String raw(String request) throws Exception {
        URI base = URI.create(sample.base);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
