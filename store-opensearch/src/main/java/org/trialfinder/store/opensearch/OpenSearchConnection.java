package org.trialfinder.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.trialfinder.store.StoreException;

/**
 * Trialfinder's one line to an OpenSearch cluster: REST through the {@code opensearch-java} client and its Apache
 * HttpClient 5 transport (which spreads requests over the nodes given and skips a node that stopped answering),
 * with request and response bodies as Jackson trees. A request the cluster refuses for load (429) is retried after
 * a growing pause; any other failure becomes a {@link StoreException} naming the cluster and what it said.
 */
public final class OpenSearchConnection implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    /** Pauses before each retry of a request refused with 429 (back-pressure), in milliseconds. */
    private static final long[] BACKOFF_MS = {100, 250, 500, 1000, 2000, 4000, 8000};

    private final List<HttpHost> hosts;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    private OpenSearchConnection(List<HttpHost> hosts) {
        this.hosts = List.copyOf(hosts);
        this.transport = ApacheHttpClient5TransportBuilder.builder(hosts.toArray(HttpHost[]::new))
                .build();
        this.client = new OpenSearchClient(transport).generic();
    }

    /**
     * A connection to the cluster at these node addresses ({@code http://host:9200}); nothing is sent yet.
     *
     * @throws IllegalArgumentException naming the address that is not an http(s) URL with a host
     */
    public static OpenSearchConnection to(List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no OpenSearch address given (expected e.g. http://localhost:9200)");
        }
        List<HttpHost> hosts = new ArrayList<>();
        for (String url : urls) {
            hosts.add(host(url.trim()));
        }
        return new OpenSearchConnection(hosts);
    }

    private static HttpHost host(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || (uri.getPath() != null
                            && !uri.getPath().isEmpty()
                            && !uri.getPath().equals("/"))) {
                throw new IllegalArgumentException("\"" + url
                        + "\" is not an OpenSearch node address: expected http://host:port or https://host:port");
            }
            int port = uri.getPort() > 0 ? uri.getPort() : 9200;
            return new HttpHost(scheme, uri.getHost(), port);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "\"" + url + "\" is not an OpenSearch node address: " + e.getReason(), e);
        }
    }

    /** The node addresses, for messages. */
    public String describe() {
        return String.join(",", hosts.stream().map(HttpHost::toURI).toList());
    }

    /** What the cluster answered: the HTTP status and the JSON body (a missing node when there was none). */
    public record Reply(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The cluster's own words for a failure: the error's type and reason. */
        public String reason() {
            JsonNode error = body.path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            String type = error.path("type").asText("");
            String reason = error.path("reason").asText("");
            return (type + ": " + reason).trim();
        }
    }

    public Reply call(String method, String endpoint) {
        return call(method, endpoint, Map.of(), null);
    }

    public Reply call(String method, String endpoint, JsonNode body) {
        return call(method, endpoint, Map.of(), body);
    }

    public Reply call(String method, String endpoint, Map<String, String> params, JsonNode body) {
        byte[] bytes;
        try {
            bytes = body == null ? null : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
        return call(method, endpoint, params, bytes, JSON_TYPE);
    }

    /** Sends a request, retrying it while the cluster answers 429 (too many requests). */
    public Reply call(String method, String endpoint, Map<String, String> params, byte[] body, String contentType) {
        for (int attempt = 0; ; attempt++) {
            Reply reply = once(method, endpoint, params, body, contentType);
            if (reply.status() != 429 || attempt >= BACKOFF_MS.length) {
                return reply;
            }
            pause(BACKOFF_MS[attempt]);
        }
    }

    /** As {@link #call}, but a failure status is an exception naming {@code what} was being done. */
    public JsonNode expectOk(String what, String method, String endpoint, Map<String, String> params, JsonNode body) {
        Reply reply = call(method, endpoint, params, body);
        if (!reply.ok()) {
            throw new StoreException("OpenSearch at " + describe() + " refused " + what + " (HTTP " + reply.status()
                    + "): " + reply.reason());
        }
        return reply.body();
    }

    private Reply once(String method, String endpoint, Map<String, String> params, byte[] body, String contentType) {
        var request = Requests.create(
                method, endpoint, List.of(), params, body == null ? null : Body.from(body, contentType));
        try (Response response = client.execute(request)) {
            Optional<Body> b = response.getBody();
            JsonNode tree = MissingNode.getInstance();
            if (b.isPresent()) {
                try (InputStream in = b.get().body()) {
                    byte[] raw = in.readAllBytes();
                    if (raw.length > 0) {
                        tree = JSON.readTree(raw);
                    }
                }
            }
            return new Reply(response.getStatus(), tree);
        } catch (ResponseException e) {
            // the transport raises some statuses (429 among them, after trying the other nodes) instead of
            // returning them: they are answers all the same, and the callers decide (429: send again)
            return new Reply(e.status(), bodyOf(e));
        } catch (IOException e) {
            throw new StoreException(
                    "cannot reach OpenSearch at " + describe() + " (" + failure(e)
                            + "): check the address and that the cluster is running",
                    e);
        }
    }

    /** The transport's timeout names only its length ("30000 MILLISECONDS"): say what it means. */
    private static String failure(IOException e) {
        return e instanceof SocketTimeoutException
                ? "no answer within " + e.getMessage().toLowerCase(Locale.ROOT)
                : String.valueOf(e.getMessage());
    }

    /** The transport keeps the refused answer's body to itself: its message stands for it. */
    private static JsonNode bodyOf(ResponseException e) {
        return JSON.createObjectNode().put("error", String.valueOf(e.getMessage()));
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for OpenSearch", e);
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing connections to a cluster: nothing to keep
        }
    }
}
