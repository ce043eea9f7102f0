package org.trialfinder.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.model.StudyJson;

/**
 * A stand-in for ClinicalTrials.gov's API v2 on a loopback port, as {@code StudySync} meets it: {@code GET
 * /api/v2/studies} answers the records whose {@code lastUpdatePostDate} is in the
 * {@code AREA[LastUpdatePostDate]RANGE[date,MAX]} of {@code filter.advanced}, in pages of {@code pageSize}
 * (its own, as the real server may cap the client's) with {@code nextPageToken}. A test can make it fail
 * the next requests, or hold a page until it says so (a slow upstream, so that a sync is provably in
 * progress whatever the machine's speed).
 */
public final class FakeCtgovApi implements AutoCloseable {
    private static final ObjectMapper JSON = StudyJson.mapper();
    private static final Pattern RANGE = Pattern.compile("RANGE\\[(\\d{4}-\\d{2}-\\d{2}),\\s*MAX]");

    private final HttpServer server;
    private final int pageSize;
    private volatile List<JsonNode> records = List.of();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int holdPage = -1;
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile CountDownLatch release = new CountDownLatch(0);

    public FakeCtgovApi(int port, int pageSize) {
        this.pageSize = pageSize;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v2/studies", this::handle);
        server.start();
    }

    /** What the upstream holds from now on. */
    public FakeCtgovApi serve(List<JsonNode> studies) {
        records = List.copyOf(studies);
        return this;
    }

    /** The next {@code n} requests answer 500. */
    public FakeCtgovApi failNext(int n) {
        failuresLeft.set(n);
        return this;
    }

    /** Page {@code page} (1 = the first) is not answered until {@link #release()}. */
    public FakeCtgovApi hold(int page) {
        held = new CountDownLatch(1);
        release = new CountDownLatch(1);
        holdPage = page;
        return this;
    }

    /** Waits until a request for the held page has arrived (a sync is then in progress). */
    public void awaitHeld(long seconds) throws InterruptedException {
        if (!held.await(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("no request for page " + holdPage + " within " + seconds + " s");
        }
    }

    public void release() {
        holdPage = -1;
        release.countDown();
    }

    public int requests() {
        return requests.get();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2");
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(exchange, 500, "text/plain", "upstream is down for maintenance".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        LocalDate from = LocalDate.MIN;
        Matcher m = RANGE.matcher(query.getOrDefault("filter.advanced", ""));
        if (m.find()) {
            from = LocalDate.parse(m.group(1));
        }
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode r : records) {
            String date = r.at("/protocolSection/statusModule/lastUpdatePostDateStruct/date")
                    .asText();
            if (!LocalDate.parse(date).isBefore(from)) {
                matching.add(r);
            }
        }
        int offset = Integer.parseInt(query.getOrDefault("pageToken", "0"));
        int page = offset / pageSize + 1;
        if (page == holdPage) {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ObjectNode body = JSON.createObjectNode();
        ArrayNode studies = body.putArray("studies");
        matching.subList(Math.min(offset, matching.size()), Math.min(offset + pageSize, matching.size()))
                .forEach(studies::add);
        if (offset + pageSize < matching.size()) {
            body.put("nextPageToken", Integer.toString(offset + pageSize));
        }
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                out.put(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
