package org.trialfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sends the same requests to two servers and compares what the acceptance of issue 10 asks to be unchanged: for a
 * list request (sent with {@code countTotal=true}), the total and the ids of the page; for a single-study fetch, the
 * status and the record (as JSON, so byte-level layout does not count).
 *
 * <p>Ids are compared in order where the order does not depend on scores: with an explicit non-relevance sort, or
 * without any {@code query.*} (every sort of the store ends with the NCT id, so these orders are total). Where results
 * are ranked by relevance, a different index layout may shift scores by rounding and swap near-ties, so the ids are
 * compared as sets; an order difference there is counted apart and does not fail.
 */
final class AnswerComparison {
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient client;
    private final String baseA;
    private final String baseB;

    /** One request's difference. */
    record Difference(String path, String what) {}

    /** How many requests were compared in each way, and what differed. */
    record Report(int ordered, int asSets, int fetches, int relevanceOrderDiffers, List<Difference> differences) {}

    AnswerComparison(HttpClient client, String baseA, String baseB) {
        this.client = client;
        this.baseA = baseA;
        this.baseB = baseB;
    }

    /** The mix's request {@code path} as compared: list requests ask for the total. */
    static String withTotal(String path) {
        if (!path.startsWith("/api/v2/studies?")) {
            return path;
        }
        String q = path.substring("/api/v2/studies?".length()).replaceAll("(^|&)countTotal=[^&]*", "");
        q = q.startsWith("&") ? q.substring(1) : q;
        return "/api/v2/studies?" + (q.isEmpty() ? "" : q + "&") + "countTotal=true";
    }

    /** Whether the page's order comes from relevance scores: no {@code sort} (or a relevance one) and a query. */
    static boolean rankedByRelevance(String path) {
        String q = path.substring(path.indexOf('?') + 1);
        boolean query = false;
        String sort = null;
        for (String p : q.split("&")) {
            if (p.startsWith("query.")) {
                query = true;
            } else if (p.startsWith("sort=")) {
                sort = p.substring("sort=".length());
            }
        }
        return query && (sort == null || sort.startsWith("@relevance"));
    }

    Report compare(List<String> paths) throws IOException, InterruptedException {
        int ordered = 0;
        int sets = 0;
        int fetches = 0;
        int orderOnly = 0;
        List<Difference> diffs = new ArrayList<>();
        for (String raw : paths) {
            String path = withTotal(raw);
            HttpResponse<byte[]> a = get(baseA + path);
            HttpResponse<byte[]> b = get(baseB + path);
            if (a.statusCode() != b.statusCode()) {
                diffs.add(new Difference(path, "status " + a.statusCode() + " vs " + b.statusCode()));
                continue;
            }
            if (a.statusCode() != 200) {
                continue; // the same refusal on both
            }
            JsonNode ja = mapper.readTree(a.body());
            JsonNode jb = mapper.readTree(b.body());
            if (!path.startsWith("/api/v2/studies?")) {
                fetches++;
                if (!ja.equals(jb)) {
                    diffs.add(new Difference(path, "the record differs"));
                }
                continue;
            }
            long ta = ja.path("totalCount").asLong(-1);
            long tb = jb.path("totalCount").asLong(-1);
            if (ta != tb) {
                diffs.add(new Difference(path, "totalCount " + ta + " vs " + tb));
            }
            List<String> ia = ids(ja);
            List<String> ib = ids(jb);
            if (rankedByRelevance(path)) {
                sets++;
                if (!new LinkedHashSet<>(ia).equals(new LinkedHashSet<>(ib))) {
                    diffs.add(new Difference(path, "ids (as sets, relevance order) " + setDifference(ia, ib)));
                } else if (!ia.equals(ib)) {
                    orderOnly++;
                }
            } else {
                ordered++;
                if (!ia.equals(ib)) {
                    diffs.add(new Difference(
                            path,
                            "ids (in order) " + (ia.size() <= 8 && ib.size() <= 8 ? ia + " vs " + ib : "") + " "
                                    + setDifference(ia, ib)));
                }
            }
        }
        return new Report(ordered, sets, fetches, orderOnly, diffs);
    }

    private static String setDifference(List<String> a, List<String> b) {
        Set<String> onlyA = new LinkedHashSet<>(a);
        b.forEach(onlyA::remove);
        Set<String> onlyB = new LinkedHashSet<>(b);
        a.forEach(onlyB::remove);
        if (onlyA.isEmpty() && onlyB.isEmpty()) {
            return "(same ids, other order)";
        }
        return "only in the first: " + onlyA + ", only in the second: " + onlyB;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        for (JsonNode s : page.path("studies")) {
            ids.add(s.path("protocolSection")
                    .path("identificationModule")
                    .path("nctId")
                    .asText());
        }
        return ids;
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(120))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
