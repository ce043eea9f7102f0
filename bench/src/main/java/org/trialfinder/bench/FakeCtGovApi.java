package org.trialfinder.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for ClinicalTrials.gov's API v2 on loopback, for the soak: {@code GET /api/v2/studies} answers the
 * studies of the current batch (each last updated on the batch's date) when asked as a sync asks,
 * {@code filter.advanced=AREA[LastUpdatePostDate]RANGE[date,MAX]}, in pages of {@code pageSize} (at most 1,000) linked by
 * {@code nextPageToken}, as the real API. A date after the batch's finds nothing; a token of an earlier batch is a
 * 400, as an expired token there.
 */
final class FakeCtGovApi implements AutoCloseable {
    private static final Pattern SINCE =
            Pattern.compile("AREA\\[LastUpdatePostDate\\]RANGE\\[(\\d{4}-\\d{2}-\\d{2}),MAX\\]");

    private record Batch(int round, LocalDate date, List<String> studies) {}

    private final HttpServer server;
    private final AtomicReference<Batch> batch = new AtomicReference<>(new Batch(0, LocalDate.MIN, List.of()));
    private final AtomicInteger pages = new AtomicInteger();

    private FakeCtGovApi(HttpServer server) {
        this.server = server;
    }

    static FakeCtGovApi start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        FakeCtGovApi api = new FakeCtGovApi(http);
        http.createContext("/api/v2/studies", api::answer);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.start();
        return api;
    }

    /** The base URL a sync is given: {@code http://127.0.0.1:PORT/api/v2}. */
    String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/api/v2";
    }

    /** From now on the API answers these studies (JSON objects, one per string), last updated on {@code date}. */
    void publish(int round, LocalDate date, List<String> studies) {
        batch.set(new Batch(round, date, List.copyOf(studies)));
    }

    /** Pages answered so far. */
    int pagesServed() {
        return pages.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "GET only");
                return;
            }
            Map<String, String> q = query(exchange.getRequestURI());
            Batch b = batch.get();
            int pageSize;
            try {
                pageSize = Integer.parseInt(q.getOrDefault("pageSize", "10"));
            } catch (NumberFormatException e) {
                send(exchange, 400, "text/plain", "pageSize must be a number");
                return;
            }
            if (pageSize < 1 || pageSize > 1000) {
                send(exchange, 400, "text/plain", "pageSize must be 1..1000");
                return;
            }
            Matcher since = SINCE.matcher(q.getOrDefault("filter.advanced", ""));
            if (!since.matches()) {
                send(
                        exchange,
                        400,
                        "text/plain",
                        "this fake answers filter.advanced=AREA[LastUpdatePostDate]RANGE[d,MAX] only");
                return;
            }
            List<String> matching = LocalDate.parse(since.group(1)).isAfter(b.date()) ? List.of() : b.studies();
            int from = 0;
            String token = q.get("pageToken");
            if (token != null) {
                Matcher t = Pattern.compile("r(\\d+)-(\\d+)").matcher(token);
                if (!t.matches() || Integer.parseInt(t.group(1)) != b.round()) {
                    send(exchange, 400, "text/plain", "unknown or expired pageToken");
                    return;
                }
                from = Integer.parseInt(t.group(2));
            }
            int to = Math.min(matching.size(), from + pageSize);
            StringBuilder body = new StringBuilder("{\"studies\":[");
            for (int i = from; i < to; i++) {
                body.append(i > from ? "," : "").append(matching.get(i));
            }
            body.append(']');
            if (to < matching.size()) {
                body.append(",\"nextPageToken\":\"r")
                        .append(b.round())
                        .append('-')
                        .append(to)
                        .append('"');
            }
            body.append('}');
            pages.incrementAndGet();
            send(exchange, 200, "application/json", body.toString());
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
