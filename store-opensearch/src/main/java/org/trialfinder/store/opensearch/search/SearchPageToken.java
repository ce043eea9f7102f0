package org.trialfinder.store.opensearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.trialfinder.search.SearchException;

/**
 * The opaque {@code pageToken}: the concrete index (one committed generation of the store, never written again)
 * the first page read, a fingerprint of the request (later pages must repeat it), and the sort values of the last
 * hit returned, from which {@code search_after} continues. Base64url JSON: opaque to clients, checkable here.
 */
record SearchPageToken(String index, int requestHash, ArrayNode after) {
    private static final ObjectMapper JSON = new ObjectMapper();

    String encode() {
        ObjectNode o = JSON.createObjectNode();
        o.put("i", index);
        o.put("r", requestHash);
        o.set("a", after);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    static SearchPageToken decode(String token) {
        try {
            JsonNode o = JSON.readTree(Base64.getUrlDecoder().decode(token));
            if (!o.path("i").isTextual() || !o.path("r").isInt() || !o.path("a").isArray()) {
                throw new IllegalArgumentException("not a token");
            }
            return new SearchPageToken(o.get("i").asText(), o.get("r").asInt(), (ArrayNode) o.get("a"));
        } catch (RuntimeException | IOException e) {
            throw new SearchException(
                    "pageToken is not one this server issued; pass back the nextPageToken of the previous page "
                            + "unchanged, or leave it out for the first page");
        }
    }
}
