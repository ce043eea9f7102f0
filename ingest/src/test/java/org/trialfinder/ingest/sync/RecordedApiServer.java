package org.trialfinder.ingest.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for ClinicalTrials.gov's API on a loopback port: serves recorded pages of
 * {@code /studies} by page token, can be told to fail the next requests, and records every
 * request (query and arrival time) for the test to inspect.
 */
final class RecordedApiServer implements AutoCloseable {
    record Request(Map<String, String> query, long arrivalNanos) {}

    record Failure(int status, String retryAfter, String body) {}

    private final HttpServer server;
    private final Map<String, byte[]> pagesByToken = new LinkedHashMap<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    RecordedApiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/studies", this::handle);
        server.start();
    }

    /** Serves {@code resource} for the request carrying {@code pageToken} (null: the first page). */
    RecordedApiServer page(String pageToken, String resource) throws IOException {
        try (InputStream in = RecordedApiServer.class.getResourceAsStream(resource)) {
            pagesByToken.put(pageToken == null ? "" : pageToken, in.readAllBytes());
        }
        return this;
    }

    RecordedApiServer failNext(int status, String retryAfter, String body) {
        failures.add(new Failure(status, retryAfter, body));
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        requests.add(new Request(query, System.nanoTime()));
        Failure failure;
        synchronized (failures) {
            failure = failures.poll();
        }
        if (failure != null) {
            if (failure.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", failure.retryAfter());
            }
            send(exchange, failure.status(), failure.body().getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] page = pagesByToken.get(query.getOrDefault("pageToken", ""));
        if (page == null) {
            send(exchange, 400, "unknown pageToken".getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, 200, page);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
