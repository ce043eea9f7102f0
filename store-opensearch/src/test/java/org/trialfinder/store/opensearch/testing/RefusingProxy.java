package org.trialfinder.store.opensearch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of the test node that answers like an overloaded cluster: the first bulk request
 * is refused whole with 429, and in the answer to the second the first item is marked refused with 429 (although
 * the node wrote it). Everything else passes through unchanged.
 */
public final class RefusingProxy implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String target;
    private final AtomicInteger bulks = new AtomicInteger();
    /** How many 429s (whole requests and items) this proxy answered. */
    public final AtomicInteger refusals = new AtomicInteger();

    public RefusingProxy(String target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            boolean bulk = path.equals("/_bulk");
            int n = bulk ? bulks.incrementAndGet() : 0;
            if (n == 1) {
                refusals.incrementAndGet();
                send(
                        exchange,
                        429,
                        "{\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"queue full\"}}"
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            HttpRequest.Builder forward = HttpRequest.newBuilder(
                            URI.create(target + path + (query == null ? "" : "?" + query)))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                forward.header("Content-Type", contentType);
            }
            HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] out = answer.body();
            if (n == 2 && answer.statusCode() == 200) {
                JsonNode r = JSON.readTree(out);
                ObjectNode first =
                        (ObjectNode) r.path("items").get(0).elements().next();
                first.put("status", 429);
                first.putObject("error")
                        .put("type", "rejected_execution_exception")
                        .put("reason", "queue full");
                ((ObjectNode) r).put("errors", true);
                out = JSON.writeValueAsBytes(r);
                refusals.incrementAndGet();
            }
            send(exchange, answer.statusCode(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
